"""Benchmark parsing backends against ShARC's gold dialog trees and print a Markdown table.

    python scripts/trees_eval.py --data PATH/TO/sharc [--splits train dev_visible] [--backends rules]
                                 [--use-question] [--out report.json]

PATH/TO/sharc is the folder holding ``dialog_trees.jsonl``. The metric is documented in
``pcd/eval/trees.py``.
"""

from __future__ import annotations

import argparse
import json

from pcd.eval.trees import evaluate_trees

COLUMNS = [("backend", "backend"), ("split", "split"), ("policies", "policies"),
           ("equivalent_pct", "equivalent %"), ("question_precision", "Q precision"),
           ("question_recall", "Q recall"), ("bleu1", "BLEU-1"), ("bleu4", "BLEU-4"),
           ("parse_ms_median", "median ms"), ("parse_ms_p95", "p95 ms")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--splits", nargs="+", default=["train", "dev_visible"])
    ap.add_argument("--backends", nargs="+", default=["rules"])
    ap.add_argument("--use-question", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", default=None, help="write the full reports (with per-policy rows) as JSON")
    args = ap.parse_args()
    reports = []
    for backend in args.backends:
        for split in args.splits:
            reports.append(evaluate_trees(args.data, split=split, backend=backend, limit=args.limit,
                                          use_question=args.use_question))
    print("| " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for r in reports:
        print("| " + " | ".join(str(r[key]) for key, _ in COLUMNS) + " |")
    for r in reports:
        print(f"failures ({r['backend']}, {r['split']}): {r['failures']}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(reports, fh, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
