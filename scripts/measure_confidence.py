"""How often the scenario model's "yes"/"no" answers are right, by the confidence it gives them.

    python scripts/measure_confidence.py --data ../shared/data/sharc [--split train|dev_visible] [--answerer NAME]

The figures behind ``pcd.check.UNSURE_CONFIDENCE``: a label (and, in the regulation packs, a permission) that
rests on an answer under it is flagged, and a pack's permission is not granted on it. Pairs are built as for
``pcd eval qa`` (evidence questions with their yes/no, unanswered tree questions as unknown); ShARC-train pairs are
partly training data (the shipped answerer used 500 of them), dev_visible pairs are held out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from pcd.answering import get_answerer  # noqa: E402
from pcd.check import UNSURE_CONFIDENCE  # noqa: E402
from pcd.datasets.sharc import load_qa_pairs  # noqa: E402
from pcd.eval.qa import _group  # noqa: E402

BINS = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0001)]


def answers_by_confidence(data: str, split: str, answerer: str) -> list[tuple[str, str, float]]:
    """(gold, predicted, confidence) for every pair of ``split``."""
    pairs, _ = load_qa_pairs(data, split)
    items, where = _group(pairs)
    got = get_answerer(answerer).answer_many(items)
    return [(p.label, got[a][b].value, got[a][b].confidence) for p, (a, b) in zip(pairs, where)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="ShARC folder (../shared/data/sharc)")
    ap.add_argument("--split", default="dev_visible", choices=["train", "dev_visible"])
    ap.add_argument("--answerer", default="cross-encoder")
    args = ap.parse_args()
    rows = answers_by_confidence(args.data, args.split, args.answerer)
    table = Table(title=f"{args.answerer} on ShARC {args.split}: yes/no answers right, by confidence "
                        f"(UNSURE_CONFIDENCE = {UNSURE_CONFIDENCE})")
    for col in ("confidence", "yes: n", "yes: right", "no: n", "no: right", "both: right"):
        table.add_column(col, justify="right")
    for lo, hi in BINS:
        cells = [f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"]
        for value in ("yes", "no", None):
            sel = [g == p for g, p, c in rows if lo <= c < hi and (p == value if value else p != "unknown")]
            rate = f"{sum(sel) / len(sel):.0%}" if sel else "–"
            cells += [str(len(sel)), rate] if value else [rate]
        table.add_row(*cells)
    console = Console()
    console.print(table)
    for name, keep in ((f"under {UNSURE_CONFIDENCE}", lambda c: c < UNSURE_CONFIDENCE),
                       (f"{UNSURE_CONFIDENCE} up", lambda c: c >= UNSURE_CONFIDENCE), ("0.9 up", lambda c: c >= 0.9)):
        sel = [g == p for g, p, c in rows if p != "unknown" and keep(c)]
        console.print(f"yes/no answers {name}: {len(sel)}, right {sum(sel) / max(len(sel), 1):.0%}")


if __name__ == "__main__":
    main()
