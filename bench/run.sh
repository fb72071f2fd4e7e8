#!/usr/bin/env bash
# Called by ./mestore bench after everything is built: prints the benchmark table.
set -euo pipefail
exec node "$(dirname "$0")/run.js" "$@"
