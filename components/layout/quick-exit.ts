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

/**
 * Links marked with this attribute leave the page the quick way (the button and the skip link).
 * It lives here rather than in QuickExit.tsx because server components use it, and anything a
 * 'use client' module exports reaches the server as a client reference, not as its value.
 */
export const QUICK_EXIT_ATTRIBUTE = 'data-quick-exit'

/** GOV.UK's "Exit this page" shortcut: Shift pressed three times within five seconds. */
export const SHORTCUT_PRESSES = 3
export const SHORTCUT_WINDOW_MS = 5000
