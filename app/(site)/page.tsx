export default function StartPage() {
  return (
    <main>
      <h1>Somliga tror</h1>
    </main>
  )
}
