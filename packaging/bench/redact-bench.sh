#!/bin/sh
# The redact CLI whole-process benchmark (docs/performance.md, "Redactor CLI"). Writes the 7 MB and 14 MB inputs with
# redact_input.py (seeded), then runs `telo-agent.jar redact` on each three times under /usr/bin/time, with the hub's
# JVM flags (packaging/src/hub/jvm.flags, what bin/telo-agent uses) and with plain `java -jar`. Take the best of 3:
# the machine may be shared. Steady rate = 7 MB / (wall(14 MB) - wall(7 MB)).
#   mvn -B -q -DskipTests package && sh packaging/bench/redact-bench.sh [EXTRA_REDACT_ARG...]
# Optional: REDACT_PII=/path/to/node_modules/redact-pii also times npm redact-pii on the 1 MB head of the input.
set -eu
root=$(CDPATH='' cd "$(dirname "$0")/../.." && pwd)
jar="$root/agent/target/telo-agent.jar"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$root/packaging/bench/redact_input.py" --mb 7 > "$tmp/in7.log"
python3 "$root/packaging/bench/redact_input.py" --mb 14 > "$tmp/in14.log"
hub="$(grep -v '^#' "$root/packaging/src/hub/jvm.flags" | tr '\n' ' ')"
for mode in hub plain; do
  [ "$mode" = hub ] && flags=$hub || flags=""
  for mb in 7 14; do
    for run in 1 2 3; do
      # shellcheck disable=SC2086
      /usr/bin/time -f "$mode ${mb}MB run=$run wall_s=%e user_s=%U sys_s=%S max_rss_kib=%M" \
        java $flags -jar "$jar" redact "$@" < "$tmp/in$mb.log" > "$tmp/out" 2> "$tmp/err" || true
      tail -1 "$tmp/err"
    done
  done
done
if [ -n "${REDACT_PII:-}" ]; then
  head -c 1000000 "$tmp/in14.log" | sed '$d' > "$tmp/in1.log"
  cat > "$tmp/rp.js" <<JS
const { SyncRedactor } = require('$REDACT_PII');
const r = new SyncRedactor();
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
process.stdout.write(lines.map(l => r.redact(l)).join('\n'));
JS
  /usr/bin/time -f "redact-pii 1MB wall_s=%e user_s=%U sys_s=%S max_rss_kib=%M" node "$tmp/rp.js" < "$tmp/in1.log" > "$tmp/out" 2> "$tmp/err" || true
  tail -1 "$tmp/err"
  wc -c < "$tmp/in1.log"
fi
