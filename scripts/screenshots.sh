#!/usr/bin/env bash
# Screenshots of every kind of page `readout serve` draws, taken by headless Chromium (Debian:
# apt-get install chromium): the stories list, a story, an event, an actor, the events and
# conflicts listings, a document with its marks, a search. It starts its own server on a free
# loopback port over DB (read only), picks the ids to show from the JSON API (the story with the
# most documents, its most reported event, that event's first participant, its first document),
# writes OUT/NAME.png, and stops the server. Fails when a screenshot is missing or empty.
#
#   scripts/screenshots.sh                         # ./readout.sqlite → ./screenshots/
#   scripts/screenshots.sh archive.sqlite /tmp/shots
#   READOUT=.build/release/readout WIDTH=1440 scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

db="${1:-readout.sqlite}"
out="${2:-screenshots}"
width="${WIDTH:-1280}"
height="${HEIGHT:-1800}"
readout="${READOUT:-}"
if [ -z "$readout" ]; then
  for candidate in .build/release/readout .build/debug/readout; do
    [ -x "$candidate" ] && { readout="$candidate"; break; }
  done
fi
[ -n "$readout" ] || { echo "screenshots: no readout binary; run swift build (or set READOUT)" >&2; exit 1; }
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium" ] || { echo "screenshots: no chromium on PATH (Debian: apt-get install chromium)" >&2; exit 1; }
[ -f "$db" ] || { echo "screenshots: no database at $db; run readout ingest first" >&2; exit 1; }
mkdir -p "$out"

log="$(mktemp)"
profile="$(mktemp -d)"
"$readout" serve --db "$db" --host 127.0.0.1 --port 0 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$log" "$profile"' EXIT
base=""
for _ in $(seq 1 100); do
  base="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | sed -n 1p || true)"
  [ -n "$base" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$base" ] || { echo "screenshots: the server did not start" >&2; cat "$log" >&2; exit 1; }

# The first value of "key": "..." in a JSON answer (the API writes compact, key-sorted JSON). `sed -n 1p`
# reads its whole input where `head -1` would stop early and fail the pipeline (pipefail) on a long answer.
first() { grep -o "\"$1\":\"[^\"]*\"" | sed -n 1p | sed "s/^\"$1\":\"//; s/\"\$//"; }
api() { curl -fsS "$base/api/v1/$1"; }

story="$(api 'stories?limit=200' | grep -o '"documents":[0-9]*,[^{]*"id":"story-[0-9]*"' \
  | sed 's/"documents":\([0-9]*\).*"id":"\(story-[0-9]*\)"/\1 \2/' | sort -rn | sed -n 1p | cut -d' ' -f2)"
[ -n "$story" ] || { echo "screenshots: no story in $db" >&2; exit 1; }
detail="$(api "stories/$story")"
event="$(printf '%s' "$detail" | grep -o '"events":\[{.*' | first key)"
actor="$(printf '%s' "$detail" | grep -o '"events":\[{.*' | grep -o '"participants":\[{[^]]*' | sed -n 1p | grep -o '"href":"/actors/[^"]*"' | sed -n 1p | sed 's/"href":"\/actors\///; s/"$//')"
document="$(printf '%s' "$detail" | grep -o '"documents":\[{"href":"/documents/[0-9]*"' | sed -n 1p | grep -o '[0-9]*"$' | tr -d '"')"
word="$(printf '%s' "$detail" | grep -o '"title":"[A-Za-z]*' | sed -n 1p | sed 's/"title":"//')"

pages=("stories:/stories" "story:/stories/$story" "events:/events" "conflicts:/conflicts" "search:/search?q=${word:-the}")
[ -n "$event" ] && pages+=("event:/events/$event")
[ -n "$actor" ] && pages+=("actor:/actors/$actor")
[ -n "$document" ] && pages+=("document:/documents/$document")

status=0
for page in "${pages[@]}"; do
  name="${page%%:*}"
  path="${page#*:}"
  rm -f "$out/$name.png"
  "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" --window-size="$width,$height" --screenshot="$out/$name.png" "$base$path" >/dev/null 2>&1 || true
  if [ -s "$out/$name.png" ]; then
    echo "$out/$name.png  $path"
  else
    echo "screenshots: no screenshot of $path" >&2
    status=1
  fi
done
exit $status
