import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  env: {
    LAKE_PORT: process.env.LAKE_PORT || '4455',
    LAKE_TLS_PORT: process.env.LAKE_TLS_PORT || '4456',
  },
}

export default nextConfig
