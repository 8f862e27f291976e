#!/bin/sh
# CPU cost of intake, per thread, whatever else the machine runs: starts the agent with the hub's JVM flags
# (packaging/src/hub/jvm.flags) plus any given as arguments, writes an NDJSON file of events to its ingest socket
# in one go, waits until every event is counted, and prints wall time, events/s, and the CPU microseconds per event
# that each agent thread spent (from /proc/PID/task/*/stat), plus RSS before and after.
#   sh packaging/bench/intake.sh EVENTS.ndjson [EXTRA_JVM_FLAG...]      (after mvn -B -q -DskipTests package)
# The measured input (docs/performance.md, "Intake"): the footprint bench's flood as a file, first N lines:
#   java -cp simulator/target/telo-simulator.jar packaging/bench/FloodFile.java 100000 /tmp/flood100k.ndjson
#   head -n 60000 /tmp/flood100k.ndjson > /tmp/flood60k.ndjson
set -eu
root=$(CDPATH='' cd "$(dirname "$0")/../.." && pwd)
jar="$root/agent/target/telo-agent.jar"
events="$1"; shift
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
consent.level=full
log.file=$tmp/agent.log
CFG
mkfifo "$tmp/out"
# shellcheck disable=SC2086
java $flags -jar "$jar" run --config "$tmp/agent.properties" > "$tmp/out" 2>"$tmp/err" &
pid=$!
exec 3< "$tmp/out"
line=""
while read -r line <&3; do case "$line" in ready*) break ;; esac; done
cat <&3 >/dev/null &
python3 - "$pid" "$line" "$events" <<'PY'
import json, os, re, socket, sys, time, urllib.request
pid, line, path = sys.argv[1], sys.argv[2], sys.argv[3]
ingest = re.search(r'ingest=([\d.]+):(\d+)', line); status = re.search(r'status=([\d.]+):(\d+)', line)
url = 'http://%s:%s/status' % status.groups()
data = open(path, 'rb').read(); n = data.count(b'\n')
tick = os.sysconf('SC_CLK_TCK')
def threads():
    out = {}
    for tid in os.listdir('/proc/%s/task' % pid):
        try:
            s = open('/proc/%s/task/%s/stat' % (pid, tid)).read()
        except OSError:
            continue
        name = s[s.index('(') + 1:s.rindex(')')]; f = s[s.rindex(')') + 2:].split()
        out[tid] = (re.sub(r'\d+', 'N', name), int(f[11]) + int(f[12]))
    return out
def rss():
    return int(re.search(r'VmRSS:\s+(\d+)', open('/proc/%s/status' % pid).read()).group(1)) / 1024
def counters():
    return json.load(urllib.request.urlopen(url))['counters']
def handled(c):
    return c.get('events_counted', 0) + c.get('ingest.queue_full', 0) + c.get('redact.events_unknown_type', 0) \
        + sum(v for k, v in c.items() if k.startswith('redact.events_invalid.')) + c.get('ingest.malformed', 0)
time.sleep(1)
base = handled(counters()); rss0 = rss(); t0 = threads(); w0 = time.time()
s = socket.create_connection(ingest.groups()); s.sendall(data); s.shutdown(socket.SHUT_WR)
while True:
    c = counters()
    if handled(c) - base >= n:
        break
    time.sleep(0.02)
wall = time.time() - w0; t1 = threads(); s.close()
cpu = {}
for tid, (name, ticks) in t1.items():
    cpu[name] = cpu.get(name, 0) + ticks - t0.get(tid, (name, 0))[1]
print('events=%d counted=%d dropped=%d wall_s=%.2f events_per_s=%.0f rss_before_mib=%.1f rss_after_mib=%.1f' % (
    n, c.get('events_counted', 0) - 0, c.get('ingest.queue_full', 0), wall, n / wall, rss0, rss()))
print('cpu_us_per_event: ' + ' '.join('%s=%.1f' % (k, v * 1e6 / tick / n)
                                      for k, v in sorted(cpu.items(), key=lambda kv: -kv[1]) if v))
PY
kill -TERM "$pid"; wait "$pid" || true
