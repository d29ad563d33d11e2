"""Score an answerer on a hand-written probe of (scenario, question, answer) rows: accuracy, macro-F1, the confusion
matrix and every miss.

    python scripts/measure_probe.py corpora/qa/experiments/workplace_probe.jsonl [--answerer NAME]

The default answerer is the product's default chain (history, ages, quantities, places, dates, cross-encoder).
``workplace_probe.jsonl`` (40 rows) was written by hand to measure implied workplace facts ("I left my staff pass on
the kitchen table" → "Do you have your staff pass?" no); see ``corpora/qa/README.md``. It is never trained on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pcd.answering import answer_many, resolve_answerer  # noqa: E402
from pcd.eval.qa import scores  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("probe", help="JSON Lines: scenario, question, answer (yes/no/unknown)")
    ap.add_argument("--answerer", default=None, help="answerer name or comma-separated chain (default chain)")
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.probe).read_text(encoding="utf-8").splitlines() if line.strip()]
    name = args.answerer.split(",") if args.answerer and "," in args.answerer else args.answerer
    got = answer_many([([r["question"]], r["scenario"], ()) for r in rows], answerer=resolve_answerer(name))
    gold, pred = [r["answer"] for r in rows], [a[0].value for a in got]
    for r, a in zip(rows, got):
        if a[0].value != r["answer"]:
            print(f"  {r['answer']:7} -> {a[0].value:7} {a[0].confidence:.2f}  {r['question']} | {r['scenario']}")
    s = scores(gold, pred)
    print(f"{len(rows)} rows: accuracy {s['accuracy']:.3f}, macro-F1 {s['macro_f1']:.3f}, confusion (gold y/n/u rows, "
          f"predicted yes/no/unknown) {s['confusion']}")


if __name__ == "__main__":
    main()
