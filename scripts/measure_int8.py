"""How faithful, fast and batch-independent the answerer's load-time int8 rounding is.

    python scripts/measure_int8.py --data ../shared/data/sharc [--split train] [--answerer-dir DIR]

Label-free: it compares the int8 model's labels with the fp32 model's on the (scenario, question) pairs of a
ShARC split (the weights are the committed int8 ones, dequantised for fp32), times both batched, and scores
``--alone`` pairs one at a time to show how far a pair's probabilities move with what shares its batch.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from pcd.answering.cross_encoder import DEFAULT_MODEL_DIR, CrossEncoderModel  # noqa: E402
from pcd.datasets.sharc import load_qa_pairs  # noqa: E402


def measure(model: CrossEncoderModel, pairs: list[tuple[str, str]], alone: int) -> tuple[np.ndarray, float, float]:
    """(probabilities batched, pairs per second batched, largest probability change scored alone)."""
    model.predict_proba(pairs[:64])  # warm
    t0 = time.perf_counter()
    probs = model.predict_proba(pairs)
    rate = len(pairs) / (time.perf_counter() - t0)
    single = np.vstack([model.predict_proba([p]) for p in pairs[:alone]])
    return probs, rate, float(np.abs(single - probs[:alone]).max())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="ShARC folder (../shared/data/sharc)")
    ap.add_argument("--split", default="train", choices=["train", "dev_visible"])
    ap.add_argument("--answerer-dir", default=str(DEFAULT_MODEL_DIR))
    ap.add_argument("--alone", type=int, default=100, help="pairs also scored one at a time")
    args = ap.parse_args()

    pairs, _ = load_qa_pairs(args.data, args.split)
    rows = [(p.question, p.scenario) for p in pairs]
    fp32, fp32_rate, fp32_moved = measure(CrossEncoderModel.load(args.answerer_dir, quantize=False), rows, args.alone)
    int8, int8_rate, int8_moved = measure(CrossEncoderModel.load(args.answerer_dir), rows, args.alone)
    table = Table(title=f"answerer rounding on {len(rows)} ShARC {args.split} pairs")
    for col in ("model", "labels as fp32", "pairs/s batched", f"max prob. change alone ({args.alone} pairs)"):
        table.add_column(col, justify="right")
    table.add_row("fp32", "1.000", f"{fp32_rate:.0f}", f"{fp32_moved:.4f}")
    agree = float((int8.argmax(1) == fp32.argmax(1)).mean())
    table.add_row("int8 (load-time)", f"{agree:.3f}", f"{int8_rate:.0f}", f"{int8_moved:.4f}")
    Console().print(table)


if __name__ == "__main__":
    main()
