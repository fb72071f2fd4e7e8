# Shared by the attack-tool scripts: start a fresh stub on loopback in a temporary data dir and
# stop it on exit. Source it, then call `start_stub <path to mestore-stub> [extra flags…]`;
# afterwards $WORK, $PORT and $BASE are set.
WORK=$(mktemp -d /tmp/mestore-attack-XXXXXX)
STUB_PID=
stop_stub() {
  if [ -n "$STUB_PID" ]; then kill "$STUB_PID" 2>/dev/null || true; wait "$STUB_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap stop_stub EXIT

start_stub() {
  local stub=$1; shift
  "$stub" --port 0 --bind 127.0.0.1 --data-dir "$WORK/data" --quiet "$@" >"$WORK/stub.log" 2>&1 &
  STUB_PID=$!
  PORT=
  for _ in $(seq 1 600); do
    PORT=$(grep '"event":"listening"' "$WORK/stub.log" | grep -o '"port":[0-9]*' | cut -d: -f2 || true)
    [ -n "$PORT" ] && break
    kill -0 "$STUB_PID" 2>/dev/null || { cat "$WORK/stub.log"; echo "the stub exited"; exit 1; }
    sleep 0.1
  done
  [ -n "$PORT" ] || { cat "$WORK/stub.log"; echo "the stub did not start"; exit 1; }
  BASE="http://127.0.0.1:$PORT"
}
