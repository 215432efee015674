/**
 * Requests per second and latency of `next start` for the start page and a campaign page, beside
 * nginx serving the very same prerendered HTML (and `_next/static`) in the same run. The figure is
 * the ratio next ÷ nginx: how much of a plain static server's capacity the Node server keeps.
 * A bare Next page (one server component, bench/bare-next-page) is measured
 * the same way in the same run, so that a busy machine shows in its ratio too.
 *
 *   node bench/site-throughput.ts     # needs nginx and wrk: apt-get install nginx-light wrk
 *
 * Each pair is measured without compression (wrk's default) and with `Accept-Encoding: gzip` (as
 * browsers ask; both servers then compress on the fly at zlib level 6). wrk runs 2 threads and 50
 * connections for 15 s after a 3 s warm-up, on loopback, on the same machine as the servers.
 * nginx runs with its defaults (one worker per core); `next start` is one Node process.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'

import {
  freePort,
  openToAll,
  campaignPagePath,
  RUN_SECONDS,
  WARM_UP_SECONDS,
  wrk,
  WRK_CONNECTIONS,
  WRK_THREADS,
  type WrkResult,
  printTable,
  requireTools,
  say,
  startBareNextPage,
  startProcess,
  startSite,
  runBench,
  temporaryDirectory,
  writeResults,
} from './site-server.ts'

const ENCODINGS = ['identity', 'gzip'] as const

function nginxConfig(root: string, port: number, pages: { path: string; nginxPath?: string; file: string }[]): string {
  const exact = pages
    .map(
      (page) =>
        `    location = ${page.nginxPath ?? page.path} { default_type "text/html; charset=utf-8"; try_files /${page.file} =404; }`,
    )
    .join('\n')
  return `worker_processes auto;
daemon off;
pid ${root}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${root}/tmp;
  proxy_temp_path ${root}/tmp;
  fastcgi_temp_path ${root}/tmp;
  uwsgi_temp_path ${root}/tmp;
  scgi_temp_path ${root}/tmp;
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/css application/javascript;
  server {
    listen 127.0.0.1:${port};
    root ${root}/www;
${exact}
    location /_next/static/ { }
  }
}
`
}

async function main(): Promise<void> {
  requireTools(['nginx', 'wrk'])
  const site = await startSite()
  const bareNextUrl = await startBareNextPage()
  const pages = [
    { name: 'start page', base: site.url, path: '/', file: 'start.html' },
    {
      name: 'campaign page',
      base: site.url,
      path: await campaignPagePath(site.lake.httpUrl, site.lake.tokens.read),
      file: 'campaign.html',
    },
    // Served by nginx under its own path; the bare app's only page is its start page.
    {
      name: 'bare Next page (reference)',
      base: bareNextUrl,
      path: '/',
      nginxPath: '/bare-next-page',
      file: 'bare.html',
    },
  ]

  // The prerendered HTML exactly as next start sends it, and the static files it refers to.
  const root = temporaryDirectory('site-bench-nginx-')
  openToAll(root)
  cpSync(join(site.dir, '.next/static'), join(root, 'www/_next/static'), { recursive: true })
  for (const page of pages) {
    const response = await fetch(new URL(page.path, page.base))
    const cache = response.headers.get('x-nextjs-cache')
    if (response.status !== 200 || cache !== 'HIT')
      throw new Error(`${page.path} answered ${response.status} (x-nextjs-cache: ${cache}): not a prerendered page`)
    writeFileSync(join(root, 'www', page.file), await response.text())
  }
  const nginxPort = await freePort()
  writeFileSync(join(root, 'nginx.conf'), nginxConfig(root, nginxPort, pages))
  mkdirSync(join(root, 'tmp'))
  const nginx = startProcess('nginx', ['-p', root, '-c', join(root, 'nginx.conf'), '-e', 'stderr'], {
    cwd: root,
    env: process.env,
  })
  const nginxUrl = `http://127.0.0.1:${nginxPort}`
  for (let tries = 0; ; tries += 1) {
    const up = await fetch(nginxUrl).then(
      () => true,
      () => false,
    )
    if (up) break
    if (tries > 40 || nginx.child.exitCode !== null) throw new Error(`nginx did not start:\n${nginx.output()}`)
    await new Promise((wait) => setTimeout(wait, 250))
  }
  for (const page of pages) {
    const [fromNext, fromNginx] = await Promise.all(
      [new URL(page.path, page.base), new URL(page.nginxPath ?? page.path, nginxUrl)].map(async (url) =>
        (await fetch(url)).text(),
      ),
    )
    if (fromNext !== fromNginx) throw new Error(`nginx does not serve the same HTML as next start for ${page.path}`)
  }

  const loadBefore = loadavg()
  const rows = []
  for (const encoding of ENCODINGS) {
    for (const page of pages) {
      const measured: Record<string, WrkResult> = {}
      const urls = {
        next: new URL(page.path, page.base).toString(),
        nginx: new URL(page.nginxPath ?? page.path, nginxUrl).toString(),
      }
      for (const server of ['next', 'nginx'] as const) {
        const url = urls[server]
        say(`${server} ${page.name} (${encoding}): warm-up ${WARM_UP_SECONDS} s, run ${RUN_SECONDS} s`)
        wrk(url, WARM_UP_SECONDS, encoding)
        measured[server] = wrk(url, RUN_SECONDS, encoding)
      }
      rows.push({
        page: page.name,
        path: page.base === site.url ? page.path : '',
        encoding,
        next: measured.next,
        nginx: measured.nginx,
        ratio: measured.next.requestsPerSecond / measured.nginx.requestsPerSecond,
      })
    }
  }
  const loadAfter = loadavg()

  printTable(
    rows.map((row) => ({
      page: row.path ? `${row.page} (${row.path})` : row.page,
      encoding: row.encoding,
      'next req/s': row.next.requestsPerSecond.toFixed(0),
      'next p50/p99 ms': `${row.next.latencyP50Ms.toFixed(1)} / ${row.next.latencyP99Ms.toFixed(1)}`,
      'nginx req/s': row.nginx.requestsPerSecond.toFixed(0),
      'nginx p50/p99 ms': `${row.nginx.latencyP50Ms.toFixed(1)} / ${row.nginx.latencyP99Ms.toFixed(1)}`,
      'next ÷ nginx': row.ratio.toFixed(3),
      'next/nginx errors': `${row.next.non2xx + row.next.socketErrors} / ${row.nginx.non2xx + row.nginx.socketErrors}`,
    })),
  )
  console.log(
    `load average before ${loadBefore.map((load) => load.toFixed(2)).join(' ')}, after ${loadAfter.map((load) => load.toFixed(2)).join(' ')}`,
  )
  const file = writeResults('site-throughput', {
    wrk: {
      threads: WRK_THREADS,
      connections: WRK_CONNECTIONS,
      warmUpSeconds: WARM_UP_SECONDS,
      runSeconds: RUN_SECONDS,
    },
    loadAverage: { before: loadBefore, after: loadAfter },
    rows,
  })
  console.log(`results: ${file}`)
}

void runBench(main)
