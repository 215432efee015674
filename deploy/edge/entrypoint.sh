#!/bin/sh
# Fills in nginx.conf.template as deploy/stack.ts does, from the container's environment:
#   SITE_UPSTREAMS   the instances, e.g. "site-1:3000 site-2:3000" (required)
#   EDGE_PURGE_FROM  the address or network allowed to purge, e.g. the instances' network
# The campaign figures' log goes to /var/log/edge-figures (a volume the aggregator reads); once an
# hour it is renamed to figures.log.<time> and nginx opens a new one, and renamed files older than
# FIGURES_LOG_KEEP_DAYS (7) are removed. The aggregator reads renamed files to their end.
set -eu
: "${SITE_UPSTREAMS:?set SITE_UPSTREAMS to the instances, e.g. site-1:3000 site-2:3000}"
run_dir=/var/cache/edge
mkdir -p "$run_dir/cache" "$run_dir/body" "$run_dir/proxy" "$run_dir/fastcgi" "$run_dir/uwsgi" "$run_dir/scgi"
upstreams=""
for upstream in $SITE_UPSTREAMS; do
  upstreams="$upstreams server $upstream max_fails=1 fail_timeout=3s;"
done
brotli_types="text/css text/plain text/xml text/javascript application/javascript application/json application/xml application/manifest+json image/svg+xml text/x-component"
modules=/usr/lib/nginx/modules
awk \
  -v load_modules="load_module $modules/ngx_http_cache_purge_module.so; load_module $modules/ngx_http_js_module.so; load_module $modules/ngx_http_brotli_filter_module.so;" \
  -v run_dir="$run_dir" \
  -v listen="8080" \
  -v upstreams="$upstreams" \
  -v purge_from="${EDGE_PURGE_FROM:-172.16.0.0/12}" \
  -v brotli_filter="    brotli on; brotli_comp_level 6; brotli_types $brotli_types;" \
  '{
    gsub(/\$\{EDGE_LOAD_MODULES\}/, load_modules)
    gsub(/\$\{EDGE_RUN_DIR\}/, run_dir)
    gsub(/\$\{EDGE_ERROR_LOG\}/, "stderr")
    gsub(/\$\{EDGE_ACCESS_LOG\}/, "/dev/stdout")
    gsub(/\$\{EDGE_FIGURES_LOG\}/, "/var/log/edge-figures/figures.log")
    gsub(/\$\{EDGE_LISTEN\}/, listen)
    gsub(/\$\{EDGE_INNER_LISTEN\}/, "127.0.0.1:8081")
    gsub(/\$\{EDGE_SIZER_LISTEN\}/, "127.0.0.1:8082")
    gsub(/\$\{EDGE_SCRIPT_DIR\}/, "/etc/nginx")
    gsub(/\$\{EDGE_UPSTREAMS\}/, upstreams)
    gsub(/\$\{EDGE_PURGE_FROM\}/, purge_from)
    gsub(/\$\{EDGE_BROTLI_OFF\}/, "")
    gsub(/\$\{EDGE_BROTLI_FILTER\}/, brotli_filter)
    print
  }' /etc/nginx/edge.conf.template > "$run_dir/nginx.conf"
figures_dir=/var/log/edge-figures
keep_days="${FIGURES_LOG_KEEP_DAYS:-7}"
(
  while sleep 3600; do
    if [ -s "$figures_dir/figures.log" ]; then
      mv "$figures_dir/figures.log" "$figures_dir/figures.log.$(date +%Y%m%d%H%M%S)"
      nginx -p "$run_dir" -c "$run_dir/nginx.conf" -e stderr -s reopen
    fi
    find "$figures_dir" -name 'figures.log.*' -mtime "+$keep_days" -delete
  done
) &
exec nginx -p "$run_dir" -c "$run_dir/nginx.conf" -e stderr
