#!/usr/bin/env bash
# sqlmap (Debian) against a fresh stub on loopback: the login body (email, password) and the
# catalog's search parameter. Bounded in time; fails when sqlmap reports an injectable parameter,
# and also when it could not finish its tests (an attack that never ran proves nothing).
#   usage: sqlmap.sh <path to mestore-stub>
set -euo pipefail
STUB=${1:?path to mestore-stub}
WORK=$(mktemp -d /tmp/mestore-sqlmap-XXXXXX)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# sqlmap sends hundreds of logins: the per-IP throttle is turned off for this server only.
"$STUB" --port 0 --bind 127.0.0.1 --data-dir "$WORK/data" --login-rate-per-minute 0 --quiet >"$WORK/stub.log" 2>&1 &
PID=$!
PORT=
for _ in $(seq 1 300); do
  PORT=$(grep '"event":"listening"' "$WORK/stub.log" | grep -o '"port":[0-9]*' | cut -d: -f2 || true)
  [ -n "$PORT" ] && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/stub.log"; echo "the stub exited"; exit 1; }
  sleep 0.1
done
[ -n "$PORT" ] || { cat "$WORK/stub.log"; echo "the stub did not start"; exit 1; }
BASE="http://127.0.0.1:$PORT"

failed=0
attack() { # name, then sqlmap arguments
  local name=$1 out="$WORK/$1.txt" rc=0
  shift
  HOME="$WORK" timeout 240 sqlmap --batch --level 1 --risk 1 --threads 2 --time-sec 1 --timeout 5 --retries 1 \
    --disable-coloring --flush-session --output-dir "$WORK/sqlmap" "$@" >"$out" 2>&1 || rc=$?
  if grep -qiE "identified the following injection point|is vulnerable|appears to be injectable|parameter '.*' is '.*' injectable" "$out"; then
    echo "FAIL $name: sqlmap found an injectable parameter"; grep -iE "injectable|Parameter:|Type:|Payload:" "$out" | head -40
    failed=1
  elif [ "$rc" -ne 0 ] || ! grep -q "all tested parameters do not appear to be injectable" "$out"; then
    echo "FAIL $name: sqlmap did not finish its tests (exit $rc)"; tail -25 "$out"
    failed=1
  else
    local params
    params=$(grep -oE "parameter '[^']+' (does not seem|might not)" "$out" | cut -d"'" -f2 | sort -u | paste -sd, -)
    echo "ok   $name: $(grep -c "testing '" "$out") techniques tried on ${params:-?}, nothing injectable"
  fi
}

attack login-body -u "$BASE/api/v1/auth/login" --method POST \
  --data '{"email":"nadie@example.com","password":"una clave cualquiera"}' --headers "Content-Type: application/json" \
  --ignore-code 401,422  # the normal answers to a wrong login and a mangled body
attack products-search -u "$BASE/api/v1/products?search=cafe&page=1" -p search

# The server must still be up and answering after the barrage.
curl -fsS "$BASE/api/v1/health" >/dev/null || { echo "FAIL: the stub stopped answering"; failed=1; }
exit $failed
