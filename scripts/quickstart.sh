#!/usr/bin/env bash
# Sets up Readout on a fresh Debian machine with Swift 6.3 and runs it on the sample
# articles shipped in samples/: installs the two C libraries it needs when missing,
# builds a release binary, ingests samples/ into ./readout.sqlite, lists what was stored
# and shows what the analysis found in one sample.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in libxml2-dev libsqlite3-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

echo "Building Readout (release; the first build takes a few minutes) ..."
swift build -c release --product readout 2>&1 | grep -E "error|warning: unable|Compiling readout|Build complete" || true
bin="$(swift build -c release --show-bin-path)/readout"

echo
echo "== readout ingest samples/"
"$bin" ingest samples/ --db readout.sqlite || true
echo
echo "== readout documents"
"$bin" documents --db readout.sqlite --format table
echo
echo "== readout extract samples/coastal_herald_page.txt   (what the analysis reads in one article)"
"$bin" extract samples/coastal_herald_page.txt
echo
echo "The binary is $bin; try:  $bin search \"election\"   or   $bin extract samples/"
