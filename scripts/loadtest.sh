#!/usr/bin/env bash
# Load test of `readout serve` with wrk (Debian: apt-get install wrk) on loopback: each main page
# and API route in turn for SECONDS, one wrk thread and CONNECTIONS connections, then one line per
# route — requests/s, latency percentiles (50/90/99 %), the server's CPU time per request (from
# /proc: the figure a shared machine does not distort), and the errors wrk saw (socket errors and
# answers other than 2xx/3xx), and the server's resident memory after the route (VmRSS; its peak so far,
# VmHWM, on the last line), to show memory stays flat across routes. The ids come from the API: the first story, its most reported event,
# that event's first participant, the story's first document. Exits 1 when any route had errors.
#
#   scripts/loadtest.sh readout.sqlite            # 10 s a route
#   SECONDS_PER_ROUTE=30 CONNECTIONS=16 READOUT=.build/release/readout scripts/loadtest.sh big.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-readout.sqlite}"
duration="${SECONDS_PER_ROUTE:-10}"
connections="${CONNECTIONS:-8}"
readout="${READOUT:-.build/release/readout}"
command -v wrk >/dev/null || { echo "loadtest: no wrk on PATH (Debian: apt-get install wrk)" >&2; exit 1; }
[ -x "$readout" ] || { echo "loadtest: no $readout; swift build -c release (or set READOUT)" >&2; exit 1; }
[ -f "$db" ] || { echo "loadtest: no database at $db" >&2; exit 1; }

log="$(mktemp)"
"$readout" serve --db "$db" --host 127.0.0.1 --port 0 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
base=""
for _ in $(seq 1 150); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | sed -n 1p || true)"
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$base" ] || { echo "loadtest: the server did not start" >&2; exit 1; }

first() { grep -o "\"$1\":\"[^\"]*\"" | sed -n 1p | sed "s/^\"$1\":\"//; s/\"\$//"; }
story="$(curl -fsS "$base/api/v1/stories?limit=1" | first id)"
detail="$(curl -fsS "$base/api/v1/stories/$story")"
event="$(printf '%s' "$detail" | grep -o '"events":\[{.*' | first key)"
actor="$(printf '%s' "$detail" | grep -o '"events":\[{.*' | grep -o '"participants":\[{[^]]*' | sed -n 1p | grep -o '"href":"/actors/[^"]*"' | sed -n 1p | sed 's/"href":"\/actors\///; s/"$//')"
document="$(printf '%s' "$detail" | grep -o '"documents":\[{"href":"/documents/[0-9]*"' | sed -n 1p | grep -o '[0-9]*"$' | tr -d '"')"
year="$(curl -fsS "$base/api/v1/events?limit=1" | first date | cut -c1-4)"

routes=(
  "/stories" "/stories/$story" "/events/$event" "/actors/$actor" "/conflicts" "/events?from=${year:-2024}" "/documents/$document"
  "/search?q=minister"
  "/api/v1/stories" "/api/v1/stories/$story" "/api/v1/events?from=${year:-2024}&type=MEET" "/api/v1/timeline?story=$story"
  "/api/v1/quotes?story=$story" "/api/v1/conflicts?limit=20" "/api/v1/compare?story=$story" "/api/v1/actors/$actor"
  "/api/v1/events?format=csv&limit=200"
)
printf '%-48s %9s %9s %9s %9s %8s %7s %8s\n' ROUTE "REQ/S" "P50" "P90" "P99" "CPU/REQ" ERRORS RSS
tick="$(getconf CLK_TCK)"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
memory() { awk -v k="$1:" '$1 == k {printf "%dMiB", $2 / 1024}' "/proc/$server/status"; }
status=0
for route in "${routes[@]}"; do
  before="$(cpu)"
  out="$(wrk -t1 -c"$connections" -d"${duration}s" --timeout 30s --latency "$base$route")"
  used="$(( $(cpu) - before ))"
  rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')"
  requests="$(printf '%s\n' "$out" | awk '/requests in/ {print $1}')"
  per="$(awk -v t="$used" -v k="$tick" -v n="${requests:-0}" 'BEGIN {printf "%.1fms", (n > 0 ? t * 1000 / k / n : 0)}')"
  p() { printf '%s\n' "$out" | awk -v q="$1%" '$1 == q {print $2}'; }
  socket="$(printf '%s\n' "$out" | awk '/Socket errors/ {n = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i; print n}')"
  non2xx="$(printf '%s\n' "$out" | awk '/Non-2xx or 3xx/ {print $NF}')"
  errors=$(( ${socket:-0} + ${non2xx:-0} ))
  [ "$errors" -eq 0 ] || status=1
  printf '%-48s %9s %9s %9s %9s %8s %7s %8s\n' "${route:0:48}" "$rps" "$(p 50)" "$(p 90)" "$(p 99)" "$per" "$errors" "$(memory VmRSS)"
done
echo "server peak resident memory: $(memory VmHWM)"
exit $status
