#!/usr/bin/env bash
# wapiti (Debian) against a fresh stub on loopback. The app is a WebAssembly canvas, so the
# crawler finds little by itself: it is also given the API's parameterised URLs as start points.
# Only modules that stay on this host run (no ssrf/xxe, which call wapiti's outside endpoint),
# with no bug reports sent and a time bound. Fails on any finding of high or critical severity,
# and when the scan did not produce a report (a scan that never ran proves nothing).
#   usage: wapiti.sh <path to mestore-stub>
set -euo pipefail
STUB=${1:?path to mestore-stub}
# shellcheck source=stub_lib.sh
. "$(dirname "$0")/stub_lib.sh"
start_stub "$STUB" --login-rate-per-minute 0

MODULES=sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,http_headers,cookieflags,csp,methods,backup,htaccess,shellshock
api="$BASE/api/v1"
starts=(
  "$api/products?search=cafe&category=1&min_price=1000&max_price=900000&in_stock=true&sort=price_asc&page=1&limit=20"
  "$api/products/1" "$api/categories" "$api/categories/1" "$api/health" "$BASE/openapi.json" "$BASE/docs/"
  "$BASE/media/products/1/1.jpg"
)
# wapiti 3.0.4 constructs every module, and its technology-fingerprint module downloads a
# database from GitHub when none is stored: an empty local one keeps the scan on this host.
mkdir -p "$WORK/config" && echo '{"apps": {}, "categories": {}}' >"$WORK/config/apps.json"
args=()
for url in "${starts[@]}"; do args+=(-s "$url"); done

HOME="$WORK" timeout 600 wapiti -u "$BASE/" --scope domain -m "$MODULES" "${args[@]}" \
  --flush-session --store-session "$WORK/session" --store-config "$WORK/config" \
  --max-scan-time 300 --max-attack-time 60 -t 10 -d 3 --no-bugreport -v 1 \
  -f json -o "$WORK/report.json" >"$WORK/wapiti.txt" 2>&1 || true
if grep -q "Downloading from the web" "$WORK/wapiti.txt"; then echo "FAIL: wapiti tried to reach an outside host"; exit 1; fi
attacked=$(grep -c '^\[+\] ' "$WORK/wapiti.txt" || true)

[ -s "$WORK/report.json" ] || { tail -30 "$WORK/wapiti.txt"; echo "FAIL: wapiti produced no report"; exit 1; }
[ "$attacked" -gt 0 ] || { tail -30 "$WORK/wapiti.txt"; echo "FAIL: wapiti attacked nothing"; exit 1; }
python3 - "$WORK/report.json" "$attacked" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
names = {"1": "low", "2": "medium", "3": "high", "4": "critical"}
counts, serious = {}, []
for section in ("vulnerabilities", "anomalies"):
    for kind, hits in report.get(section, {}).items():
        for hit in hits:
            level = str(hit.get("level", "1"))
            counts[names.get(level, level)] = counts.get(names.get(level, level), 0) + 1
            print(f"  {names.get(level, level):8} {kind}: {hit.get('method')} {hit.get('path')} {hit.get('info', '')[:160]}")
            if level in ("3", "4"):
                serious.append(kind)
print(f"wapiti: {sys.argv[2]} module/URL attacks launched; findings by severity: {counts or 'none'}")
if serious:
    print("FAIL: high or critical findings: " + ", ".join(sorted(set(serious))))
    sys.exit(1)
PY
curl -fsS "$BASE/api/v1/health" >/dev/null || { echo "FAIL: the stub stopped answering"; exit 1; }
echo "ok   wapiti: no high or critical finding"
