/**
 * Everything the site reads from the environment, for a production build and server pointed at a
 * lake through environment variables only (the same switch production uses). Shared by the
 * browser tests and the benches, so both run the site the same way.
 */
export interface SiteEnvOptions {
  lakeHttpUrl: string
  lakeHttpsUrl: string
  tokens: { read: string; write: string }
  sitePort: number
  revalidateSecret: string
}

/** Everything the site reads from the environment, for a site on `sitePort` using a test lake. */
export function siteEnv(options: SiteEnvOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'local',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    NEXT_PUBLIC_SITE_URL: `http://localhost:${options.sitePort}`,
    LAKE_PORT: new URL(options.lakeHttpUrl).port,
    LAKE_TLS_PORT: new URL(options.lakeHttpsUrl).port,
    SANITY_API_READ_TOKEN: options.tokens.read,
    SANITY_API_WRITE_TOKEN: options.tokens.write,
    SANITY_REVALIDATE_SECRET: options.revalidateSecret,
  }
}
