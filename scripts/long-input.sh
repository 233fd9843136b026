#!/usr/bin/env bash
# Writes one long plain-text article for timing analysis on long inputs: the development articles
# (shared/corpus seeds, dev and dev2 when a shared/ folder is beside the repo, and eval/synthetic),
# concatenated in name order and repeated until the file reaches SIZE megabytes (MiB). Readout
# reads it as one article (the first file's header gives its date), so every stage sees one
# document of that size.
#
#   scripts/long-input.sh 10 /tmp/long-10mb.txt
#   readout bench --repeat 1 --stage analyze --jobs 1 /tmp/long-10mb.txt
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
  echo "usage: scripts/long-input.sh SIZE_MB OUTPUT" >&2
  exit 2
fi
size_mb="$1"
out="$2"
limit=$((size_mb * 1048576))

folders=()
for shared in ../shared /work/shared; do
  if [ -d "$shared/corpus" ]; then
    for set in seeds dev dev2; do [ -d "$shared/corpus/$set" ] && folders+=("$shared/corpus/$set"); done
    break
  fi
done
folders+=(eval/synthetic/corpus)

mapfile -t files < <(find "${folders[@]}" -maxdepth 1 -name '*.txt' | sort)
if [ ${#files[@]} -eq 0 ]; then
  echo "long-input.sh: no .txt articles found in ${folders[*]}" >&2
  exit 1
fi

: > "$out"
written=0
# Whole articles only, separated by a blank line, stopping before the one that would pass the size.
while :; do
  for f in "${files[@]}"; do
    bytes=$(($(stat -c %s "$f") + 2))
    if [ $((written + bytes)) -gt "$limit" ]; then
      echo "$out: ${written} bytes, $(wc -w < "$out") words" >&2
      exit 0
    fi
    cat "$f" >> "$out"
    printf '\n\n' >> "$out"
    written=$((written + bytes))
  done
done
