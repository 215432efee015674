/** The reference page of the site benches: one server component and nothing else. */
export default function Page() {
  return (
    <main>
      <h1>Hej</h1>
      <p>En sida med en serverkomponent.</p>
    </main>
  )
}
