# syntax=docker/dockerfile:1.10
# The site's image: Next's standalone server (`node server.js`), run as a non-root user, with a
# health check. No secret and no .env file reaches any layer. See docs/deploy.md.
#
#   docker build \
#     --build-arg NEXT_PUBLIC_SANITY_PROJECT_ID=<project> \
#     --build-arg NEXT_PUBLIC_SITE_URL=https://<the site> \
#     --secret id=sanity_read_token,env=SANITY_API_READ_TOKEN \
#     -t somliga-tror-site .
#
# `next build` reads the published content (it refuses an empty or unreachable dataset), so the
# build needs the Sanity project; the token is only needed for a private dataset.

FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:24-bookworm-slim AS build
WORKDIR /app
ARG NEXT_PUBLIC_SANITY_PROJECT_ID
ARG NEXT_PUBLIC_SANITY_DATASET=production
ARG NEXT_PUBLIC_SITE_URL
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_PUBLIC_SANITY_PROJECT_ID=$NEXT_PUBLIC_SANITY_PROJECT_ID \
    NEXT_PUBLIC_SANITY_DATASET=$NEXT_PUBLIC_SANITY_DATASET \
    NEXT_PUBLIC_SITE_URL=$NEXT_PUBLIC_SITE_URL
COPY --from=dependencies /app/node_modules ./node_modules
COPY . .
RUN --mount=type=secret,id=sanity_read_token,env=SANITY_API_READ_TOKEN npm run build

# The scheduled link check (scripts/check-links.ts, docs/upkeep.md): the script, the one module it
# runs and the client, started by the host's scheduler; not part of the site's image. It is a stage
# before `run`, which stays the default target.
FROM node:24-bookworm-slim AS link-check
WORKDIR /app
ENV NODE_ENV=production
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY lib/link-check.ts ./lib/
COPY vocabulary/api-version.ts ./vocabulary/
COPY scripts/check-links.ts ./scripts/
USER node
CMD ["node", "scripts/check-links.ts"]

FROM node:24-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The server writes rendered pages and its address table under .next, so the user owns it.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# The campaign figures' aggregator, run from this image by its own service (deploy/compose.yaml):
# Node runs its TypeScript as it is, with the redis client the standalone server already has.
COPY --from=build /app/deploy/figures ./deploy/figures
COPY --from=build /app/lib/figures ./lib/figures
USER node
EXPOSE 3000
# Ready: not shutting down. (Liveness, for an orchestrator: /api/health/live.)
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/ready`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Next's server finishes the requests in flight on SIGTERM before it exits.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
