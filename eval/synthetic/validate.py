#!/usr/bin/env python3
"""Checks synthetic.gold.json against the corpus it annotates.

usage: python3 validate.py [GOLD.json] [CORPUS_DIR]
In: the gold file and the folder of article texts. Out: one line per problem
(an entity name, alias or role not in its article, a quote not verbatim, an
evidence string that is not a sentence of its article, a cross-document report
that has no matching event); exit status 1 when there is any.
"""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
gold_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "synthetic.gold.json")
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "corpus")
gold = json.load(open(gold_path, encoding="utf-8"))
problems = []
ISO = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def is_sentence(ev, text):
    """The evidence occurs in the text and starts and ends at sentence or line boundaries."""
    for m in re.finditer(re.escape(ev), text):
        before = text[:m.start()].rstrip(" ")
        after = text[m.end():]
        # a dateline ("NAIROBI, March 3 (Reuters) -", "BRASILIA, Brazil (AP) —") or a
        # "Caption:" label before the first sentence of a paragraph is not part of it
        line = before.rsplit("\n", 1)[-1]
        starts = (before == "" or before.endswith("\n") or before[-1] in ".!?\"”’:"
                  or (before[-1] in "-—–" and len(line) < 60))
        ends = after == "" or after[0] == "\n" or (ev[-1] in ".!?\"”’" and after[0] in " \n")
        if starts and ends:
            return True
    return False


events_by_doc = {}
for d in gold["documents"]:
    did = d["id"]
    text = open(os.path.join(corpus, d["file"]), encoding="utf-8").read()
    where = lambda s: f"{did}: {s}"
    names = set()
    for e in d["entities"]:
        names.add(e["name"])
        for form in [e["name"]] + e.get("aliases", []):
            if form not in text:
                problems.append(where(f"entity form not in text: {form!r}"))
        for r in e.get("roles", []) or []:
            if r not in text:
                problems.append(where(f"role not in text: {r!r}"))
        if e["type"] not in ("PERSON", "ORG", "GPE", "LOC", "EVENT"):
            problems.append(where(f"bad type {e['type']}"))
    for q in d["quotes"]:
        if q["text"] not in text:
            problems.append(where(f"quote not verbatim: {q['text'][:60]!r}"))
        if q["speaker"] not in names:
            problems.append(where(f"quote speaker is not an entity: {q['speaker']!r}"))
    for ev in d["events"]:
        for s in [ev["evidence"]] + ev.get("evidence_additional", []):
            if not is_sentence(s, text):
                problems.append(where(f"evidence is not a sentence of the text: {s[:70]!r}"))
        for key in ("date", "date_if_inferred"):
            if ev.get(key) is not None and not ISO.match(ev[key]):
                problems.append(where(f"bad {key} {ev[key]!r}"))
        if d.get("published") is None and ev.get("date") is not None:
            problems.append(where("undated article with a dated event"))
        if ev["type"] == "MEET" and ev.get("mode") not in ("in_person", "virtual", "phone", "unknown"):
            problems.append(where("MEET without a valid mode"))
        if ev["status"] not in ("occurred", "planned", "reported"):
            problems.append(where(f"bad status {ev['status']}"))
        for p in ev["participants"]:
            if p not in names and not ev.get("participants_note"):
                problems.append(where(f"participant is not an entity (and no participants_note): {p!r}"))
    events_by_doc[did] = d["events"]

x = gold.get("cross_document", {})
for ce in x.get("events", []):
    for did, date in ce["reports"].items():
        hit = [e for e in events_by_doc.get(did, []) if e["type"] == ce["type"]
               and (e.get("date") or e.get("date_if_inferred")) == date]
        if not hit:
            problems.append(f"cross_document {ce['key']}: no {ce['type']} dated {date} in {did}")
for c in x.get("conflicts", []):
    if len(c["values"]) < 2:
        problems.append(f"conflict {c['key']}: fewer than two values")

for p in problems:
    print(p)
n_ent = sum(len(d["entities"]) for d in gold["documents"])
n_ev = sum(len(d["events"]) for d in gold["documents"])
n_q = sum(len(d["quotes"]) for d in gold["documents"])
print(f"{len(gold['documents'])} documents, {n_ent} entities, {n_ev} events, {n_q} quotes; "
      f"{len(x.get('events', []))} cross-document events, {len(x.get('conflicts', []))} conflicts; "
      f"{len(problems)} problems")
sys.exit(1 if problems else 0)
