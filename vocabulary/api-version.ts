/** The Sanity API version that the site's client and the Studio's own clients ask for. */
export const apiVersion = '2025-10-01'
