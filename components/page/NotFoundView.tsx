import { StatusView } from './StatusView'

/** The 404 text, used by the site's not-found page and by the global one. */
export function NotFoundView() {
  return (
    <StatusView heading="Sidan finns inte">
      Sidan du letar efter finns inte, eller så har den flyttats. Kontrollera adressen om du skrev den själv.
    </StatusView>
  )
}
