#!/usr/bin/env bash
# Checks that `readout eval` reports exactly what shared/eval/score.py reports.
# For each gold set (seeds, dev, dev2 from shared/, and eval/synthetic): extracts the corpus
# with `readout extract --json`, then scores (1) that extraction, (2) the gold against itself,
# (3) perturbed copies of the gold (entities dropped, renamed, retyped, spelt as another
# document spells them; MEET and other events with participants, dates, places, types and
# statuses changed, "negated"/"hypothetical"/unknown statuses among them, duplicated, shuffled,
# invented; quotes cut; a document removed; cross-document reports and conflicts altered) and
# (4) perturbed copies against gold variants whose cross_document.entities are altered
# (entries dropped, forms respelt or emptied, unrelated names joined, chains whose order
# matters) with both scorers, and compares every figure exactly (JSON) and the printed table
# line for line.
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

perturb() { # gold.json seed out.json: a prediction made from the gold by random edits
  python3 - "$1" "$2" "$3" <<'PY'
import json, random, re, sys, unicodedata
gold = json.load(open(sys.argv[1])); rng = random.Random(int(sys.argv[2]))
TYPES = ["MEET", "VISIT", "SANCTION", "AGREE", "ELECTION"]
def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
def doc_key(d):
    return re.sub(r"\.(txt|html?|json)$", "", str(d.get("id") or d.get("file") or "").split("/")[-1])
# every spelling cross_document.entities gives a name (its other documents' forms), so a
# prediction can write a name as another outlet spells it
spellings = {}
for xe in (gold.get("cross_document") or {}).get("entities", []) or []:
    forms = [xe.get("name")] + list((xe.get("forms") or {}).values())
    forms = [f for f in forms if f]
    for f in forms: spellings.setdefault(f, set()).update(forms)
def rename(name, aliases):
    if not name: return name
    r = rng.random()
    if r < 0.20 and aliases: return rng.choice(aliases)          # an alias as the name
    if r < 0.35 and name in spellings: return rng.choice(sorted(spellings[name]))  # another outlet's spelling
    if r < 0.45: return name.upper()
    if r < 0.55: return strip_marks(name)
    if r < 0.62: return "the " + name
    if r < 0.72: return name.split()[-1]                           # a surname, often not an alias
    if r < 0.82: return name + " Jr"                               # a wrong name
    return name
def status():
    r = rng.random()
    if r < 0.12: return "negated"
    if r < 0.22: return "hypothetical"
    if r < 0.25: return "rumoured"                                 # unknown to every enum
    if r < 0.28: return None
    return rng.choice(["occurred", "planned", "reported"])
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
        if ps and rng.random() < 0.1: ps = [ps[0]]                 # one participant left
        if rng.random() < 0.2: ps.append(rng.choice(all_names))
        if ps and ps[0] and rng.random() < 0.15:                   # one participant named twice
            ps.append(rename(ps[0], aliases.get(ps[0], [])))
        if rng.random() < 0.03: ps.append(None)                    # null and empty names
        if rng.random() < 0.03: ps.append("")
        rng.shuffle(ps)
        e["participants"] = ps if rng.random() > 0.02 else None
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
        if rng.random() < 0.12: e["type"] = rng.choice([t for t in TYPES if t != e.get("type")])  # wrongly typed
        r = rng.random()
        if r < 0.35: e["status"] = status()
        elif r < 0.40: e.pop("status", None)
        evs.append(e)
        if rng.random() < 0.1: evs.append(dict(e))                # the same event twice
        if rng.random() < 0.1: evs.append(dict(e, status=rng.choice(["negated", "hypothetical"])))
    if rng.random() < 0.5:
        evs.append({"type": "MEET", "participants": rng.sample(all_names, 3), "date": None})
    for _ in range(rng.randint(0, 2)):                             # invented other events
        evs.append({"type": rng.choice(TYPES[1:]), "status": status(),
                    "participants": rng.sample(all_names, rng.randint(1, 2))})
    if rng.random() < 0.5: rng.shuffle(evs)                        # order decides ties
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
        elif q.get("speaker") in spellings and rng.random() < 0.5: q["speaker"] = rng.choice(sorted(spellings[q["speaker"]]))
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
x.pop("entities", None)                                                     # gold-only knowledge
json.dump(gold, open(sys.argv[3], "w"), ensure_ascii=False, indent=1)
PY
}

vary_gold() { # gold.json seed out.json: the gold with its cross_document.entities altered
  python3 - "$1" "$2" "$3" <<'PY'
import json, random, re, sys, unicodedata
gold = json.load(open(sys.argv[1])); rng = random.Random(int(sys.argv[2]))
def doc_key(d):
    return re.sub(r"\.(txt|html?|json)$", "", str(d.get("id") or d.get("file") or "").split("/")[-1])
pool = [(doc_key(d), e["name"], e.get("aliases") or []) for d in gold["documents"] for e in d.get("entities", [])]
x = gold.setdefault("cross_document", {})
entries = []
for xe in x.get("entities", []) or []:
    r = rng.random()
    if r < 0.2: continue                                           # an entry dropped
    xe = json.loads(json.dumps(xe))
    forms = xe.get("forms") or {}
    if forms and r < 0.45:
        k = rng.choice(sorted(forms))
        forms[k] = rng.choice(["", forms[k].upper(), "".join(c for c in unicodedata.normalize("NFD", forms[k])
                                                               if not unicodedata.combining(c)), forms[k] + "v"])
    entries.append(xe)
for _ in range(rng.randint(1, 4)):                                 # unrelated names joined
    (d1, n1, a1), (d2, n2, a2) = rng.sample(pool, 2)
    entry = {"name": rng.choice([n1, n2, "Someone Else"]), "forms": {d1: rng.choice([n1] + a1), d2: rng.choice([n2] + a2)}}
    if rng.random() < 0.2: entry["forms"]["no-such-doc"] = ""
    if rng.random() < 0.15: del entry["name"]
    entries.insert(rng.randrange(len(entries) + 1), entry)
if len(pool) >= 3:                                                 # a chain: the later entry sees the earlier
    (d1, n1, _), (d2, n2, _), (d3, n3, _) = rng.sample(pool, 3)
    entries += [{"name": n1, "forms": {d2: n2}}, {"name": n2, "forms": {d3: n3}}]
if rng.random() < 0.5: entries.reverse()
x["entities"] = entries
json.dump(gold, open(sys.argv[3], "w"), ensure_ascii=False, indent=1)
PY
}

compare() { # label gold.json pred.json
  local label="$1" gold="$2" pred="$3"
  python3 "$scorer" "$gold" "$pred" --json > "$work/py.json"
  python3 "$scorer" "$gold" "$pred" > "$work/py.txt"
  "$READOUT" eval --gold "$gold" --pred "$pred" --format json > "$work/swift.json"
  # The whole table to a file first: `| head` could close the pipe early and, under pipefail,
  # readout's SIGPIPE would end the script.
  "$READOUT" eval --gold "$gold" --pred "$pred" --format table > "$work/swift.full.txt"
  head -n "$(wc -l < "$work/py.txt")" "$work/swift.full.txt" > "$work/swift.txt"
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
  echo "same    $label  ($(grep -E '^(entity_f1|meet_f1|quote_f1|other_event_f1|status_acc) ' "$work/py.txt" | awk '{printf "%s=%s ", $1, $2}' | sed 's/ $//'))"
}

failures=0
for set in seeds dev dev2 synthetic; do
  if [ "$set" = synthetic ]; then
    gold="$repo/eval/synthetic/synthetic.gold.json"; corpus="$repo/eval/synthetic/corpus"
  else
    gold="$shared/eval/$set.gold.json"; corpus="$shared/corpus/$set"
  fi
  "$READOUT" extract --json "$corpus" > "$work/$set.extract.json" 2> "$work/$set.extract.err" || {
    echo "note: readout extract reported problems on $set:"; sed 's/^/  /' "$work/$set.extract.err"; }
  compare "$set: readout extract" "$gold" "$work/$set.extract.json"
  compare "$set: gold vs itself" "$gold" "$gold"
  for seed in 1 2 3 4 5 6; do
    perturb "$gold" "$seed" "$work/$set.perturbed.$seed.json"
    compare "$set: perturbed gold #$seed" "$gold" "$work/$set.perturbed.$seed.json"
  done
  for seed in 1 2 3; do
    vary_gold "$gold" "$seed" "$work/$set.varied.$seed.json"
    perturb "$work/$set.varied.$seed.json" "$((seed + 10))" "$work/$set.perturbed-varied.$seed.json"
    compare "$set: varied cross-doc entities #$seed, extract" "$work/$set.varied.$seed.json" "$work/$set.extract.json"
    compare "$set: varied cross-doc entities #$seed, perturbed" "$work/$set.varied.$seed.json" "$work/$set.perturbed-varied.$seed.json"
  done
done
if [ "$failures" -gt 0 ]; then echo "$failures comparison(s) differ"; exit 1; fi
echo "readout eval agrees with score.py on every comparison"
