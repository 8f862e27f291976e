#!/bin/sh
# Time from exec to the agent's "ready" line, and its resident memory and threads right after ready, with the hub's
# JVM flags (packaging/src/hub/jvm.flags) plus any given as arguments. Real keys, spool and state in a temp folder;
# the broker address is a closed local port, so the agent starts without one, as a hub does when offline.
#   sh packaging/bench/ready.sh [EXTRA_JVM_FLAG...]        (after mvn -B -q -DskipTests package)
# Prints one line per run (3 runs): ready_ms, cpu_ms_at_ready (user + system of the whole process when the line
# came: readable on a shared machine, where ready_ms is not), rss_kib after 2 s, threads.
set -eu
root=$(CDPATH='' cd "$(dirname "$0")/../.." && pwd)
jar="$root/agent/target/telo-agent.jar"
flags="$(grep -v '^#' "$root/packaging/src/hub/jvm.flags" | tr '\n' ' ') $*"
tmp=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
java $flags -jar "$jar" keys generate --role device --out "$tmp/dev" >/dev/null
# shellcheck disable=SC2086
java $flags -jar "$jar" keys generate --role backend --out "$tmp/be" >/dev/null
cat > "$tmp/agent.properties" <<CFG
device.timezone=America/Los_Angeles
keys.device_signing=$tmp/dev/device-signing.pem
keys.device_kem=$tmp/dev/device-kem.pem
keys.backend_public=$tmp/be/backend-kem.pub.pem
keys.backend_command=$tmp/be/backend-command.pub.pem
ingest.host=127.0.0.1
ingest.port=0
status.port=0
state.dir=$tmp/state
spool.dir=$tmp/spool
publish.broker=tcp://127.0.0.1:9
report.health.interval=PT15M
report.usage.interval=P1D
report.jitter=PT0S
consent.level=essential
log.file=$tmp/agent.log
CFG
for run in 1 2 3; do
  rm -rf "$tmp/state" "$tmp/spool"
  mkfifo "$tmp/out"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $flags -jar "$jar" run --config "$tmp/agent.properties" > "$tmp/out" 2>"$tmp/err" &
  pid=$!
  read -r line < "$tmp/out" || true
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  sleep 2
  rss=$(awk '/^VmRSS/{print $2}' "/proc/$pid/status")
  threads=$(awk '/^Threads/{print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" || true
  rm -f "$tmp/out"
  echo "ready_ms=$(( (t1 - t0) / 1000000 )) cpu_ms_at_ready=$cpu rss_kib_2s=$rss threads=$threads line=\"$line\""
done
