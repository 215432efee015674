/**
 * Leaving the page at once: hide everything before anything else happens, then replace the current
 * history entry with the neutral site, so that Back does not lead here. (The visited page stays in
 * the browser's history list; the explanation page says so.)
 */
export function leavePage(url: string): void {
  document.body.hidden = true
  document.title = ''
  window.location.replace(url)
}

/** GOV.UK's "Exit this page" shortcut: Shift pressed three times within five seconds. */
export const SHORTCUT_PRESSES = 3
export const SHORTCUT_WINDOW_MS = 5000
