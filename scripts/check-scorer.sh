#!/usr/bin/env bash
# Checks that `readout eval` reports exactly what shared/eval/score.py reports.
# For each dev set (seeds, dev): extracts the corpus with `readout extract --json`, then scores
# (1) that extraction, (2) the gold against itself and (3) several perturbed copies of the gold
# (entities dropped, renamed, retyped; participants, dates and places changed; quotes cut;
# a document removed; cross-document reports and conflicts altered) with both scorers, and
# compares every figure exactly (JSON) and the printed table line for line.
#
# usage: scripts/check-scorer.sh            (from anywhere; builds with --scratch-path .build-eval)
#   READOUT=/path/to/readout  use that binary instead of building
#   SHARED=/path/to/shared    where eval/ and corpus/ are (default: ../shared beside the repo)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${SHARED:-$repo/../shared}"
scorer="$shared/eval/score.py"
if [ -z "${READOUT:-}" ]; then
  (cd "$repo" && swift build --scratch-path .build-eval --product readout >/dev/null)
  READOUT="$(cd "$repo" && swift build --scratch-path .build-eval --show-bin-path)/readout"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# score.py iterates a Python set; a fixed seed makes its (rare) tie order reproducible.
export PYTHONHASHSEED=0

perturb() { # gold.json seed out.json
  python3 - "$1" "$2" "$3" <<'PY'
import json, random, sys, unicodedata
gold = json.load(open(sys.argv[1])); rng = random.Random(int(sys.argv[2]))
def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
def rename(name, aliases):
    r = rng.random()
    if r < 0.25 and aliases: return rng.choice(aliases)          # an alias as the name
    if r < 0.40: return name.upper()
    if r < 0.55: return strip_marks(name)
    if r < 0.65: return "the " + name
    if r < 0.75: return name.split()[-1]                           # a surname, often not an alias
    if r < 0.85: return name + " Jr"                               # a wrong name
    return name
all_names = [e["name"] for d in gold["documents"] for e in d.get("entities", [])]
for d in gold["documents"]:
    aliases = {e["name"]: e.get("aliases") or [] for e in d.get("entities", [])}
    ents = []
    for e in d.get("entities", []):
        r = rng.random()
        if r < 0.15: continue                                      # missed
        own = aliases[e["name"]]
        e = dict(e, name=rename(e["name"], own))
        if r > 0.90: e["type"] = rng.choice(["PERSON", "ORG", "GPE", "LOC", "EVENT", None])
        ents.append(e)
        if own and rng.random() < 0.2:
            ents.append({"name": own[0], "type": e["type"]})       # an alias left unresolved
    for _ in range(rng.randint(0, 3)):                             # false alarms
        ents.append({"name": rng.choice(all_names), "type": rng.choice(["PERSON", "ORG", "GPE"])})
    rng.shuffle(ents)
    d["entities"] = ents
    evs = []
    for e in d.get("events", []):
        if rng.random() < 0.15: continue
        e = dict(e)
        ps = [rename(p, aliases.get(p, [])) if rng.random() < 0.3 else p for p in e.get("participants") or []]
        if len(ps) > 2 and rng.random() < 0.3: ps.pop(rng.randrange(len(ps)))
        if rng.random() < 0.2: ps.append(rng.choice(all_names))
        rng.shuffle(ps)
        e["participants"] = ps
        r = rng.random()
        if r < 0.15: e["date"] = None
        elif r < 0.30 and e.get("date_if_inferred"): e["date"] = e["date_if_inferred"]
        elif r < 0.40 and e.get("date"): e["date"] = e["date"][:7]
        elif r < 0.50: e["date"] = "2020-01-01"
        e.pop("date_if_inferred", None)
        r = rng.random()
        if r < 0.2: e["location"] = None
        elif r < 0.4 and e.get("location"): e["location"] = e["location"] + ", somewhere"
        elif r < 0.5: e["location"] = "Atlantis"
        evs.append(e)
    if rng.random() < 0.5:
        evs.append({"type": "MEET", "participants": rng.sample(all_names, 3), "date": None})
    d["events"] = evs
    qs = []
    for q in d.get("quotes", []):
        if rng.random() < 0.15: continue
        q = dict(q)
        words = (q.get("text") or "").split()
        cut = rng.choice([0.3, 0.5, 0.6, 1.0])
        q["text"] = " ".join(words[: max(1, int(len(words) * cut))])
        if rng.random() < 0.2: q["speaker"] = rng.choice(all_names)
        elif rng.random() < 0.2: q["speaker"] = None
        qs.append(q)
    d["quotes"] = qs
    if rng.random() < 0.3: d["id"] = d.get("file") or d.get("id")           # matched by file name
    for k in ("outlet", "published", "notes"): d.pop(k, None)
if len(gold["documents"]) > 2:
    gold["documents"].pop(rng.randrange(len(gold["documents"])))            # a missing document
x = gold.get("cross_document") or {}
for e in x.get("events", []):
    reps = list((e.get("reports") or {}).items())
    if reps and rng.random() < 0.4: reps.pop(rng.randrange(len(reps)))
    e["reports"] = {(k + ".txt" if rng.random() < 0.3 else k): v for k, v in reps}
    e["participants"] = [rename(p, []) for p in e.get("participants", [])]
x["events"] = [e for e in x.get("events", []) if rng.random() > 0.2]
for c in x.get("conflicts", []):
    vals = list((c.get("values") or {}).items())
    if vals and rng.random() < 0.4: vals.pop()
    c["values"] = dict(vals)
    if rng.random() < 0.2: c["field"] = "location"
x["conflicts"] = [c for c in x.get("conflicts", []) if rng.random() > 0.2]
json.dump(gold, open(sys.argv[3], "w"), ensure_ascii=False, indent=1)
PY
}

compare() { # label gold.json pred.json
  local label="$1" gold="$2" pred="$3"
  python3 "$scorer" "$gold" "$pred" --json > "$work/py.json"
  python3 "$scorer" "$gold" "$pred" > "$work/py.txt"
  "$READOUT" eval --gold "$gold" --pred "$pred" --format json > "$work/swift.json"
  "$READOUT" eval --gold "$gold" --pred "$pred" --format table | head -n "$(wc -l < "$work/py.txt")" > "$work/swift.txt"
  if ! python3 - "$work/py.json" "$work/swift.json" <<'PY'
import json, sys
py, sw = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = [f"  {k}: score.py {py[k]!r}, readout {sw.get(k, '(absent)')!r}" for k in py if sw.get(k) != py[k]]
extra = [k for k in sw if k not in py and k != "details"]
bad += [f"  {k}: only readout reports it" for k in extra]
print("\n".join(bad)) if bad else None
sys.exit(1 if bad else 0)
PY
  then echo "DIFFER  $label"; failures=$((failures + 1)); return; fi
  if ! diff "$work/py.txt" "$work/swift.txt" > "$work/diff.txt"; then
    echo "DIFFER  $label (printed table)"; cat "$work/diff.txt"; failures=$((failures + 1)); return
  fi
  echo "same    $label  ($(grep -E '^(entity_f1|meet_f1|quote_f1) ' "$work/py.txt" | awk '{printf "%s=%s ", $1, $2}'))"
}

failures=0
for set in seeds dev; do
  gold="$shared/eval/$set.gold.json"
  "$READOUT" extract --json "$shared/corpus/$set" > "$work/$set.extract.json" 2> "$work/$set.extract.err" || {
    echo "note: readout extract reported problems on $set:"; sed 's/^/  /' "$work/$set.extract.err"; }
  compare "$set: readout extract" "$gold" "$work/$set.extract.json"
  compare "$set: gold vs itself" "$gold" "$gold"
  for seed in 1 2 3 4 5 6; do
    perturb "$gold" "$seed" "$work/$set.perturbed.$seed.json"
    compare "$set: perturbed gold #$seed" "$gold" "$work/$set.perturbed.$seed.json"
  done
done
if [ "$failures" -gt 0 ]; then echo "$failures comparison(s) differ"; exit 1; fi
echo "readout eval agrees with score.py on every comparison"
