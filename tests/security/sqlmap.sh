#!/usr/bin/env bash
# sqlmap (Debian) against a fresh stub on loopback: the login body (email, password) and the
# catalog's search parameter. Bounded in time; fails when sqlmap reports an injectable parameter,
# and also when it could not finish its tests (an attack that never ran proves nothing).
#   usage: sqlmap.sh <path to mestore-stub>
set -euo pipefail
STUB=${1:?path to mestore-stub}
# shellcheck source=stub_lib.sh
. "$(dirname "$0")/stub_lib.sh"
# sqlmap sends hundreds of logins: the per-IP throttle is turned off for this server only.
start_stub "$STUB" --login-rate-per-minute 0

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
