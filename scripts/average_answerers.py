"""Average the weights of cross-encoders fine-tuned from one initialisation (a "model soup").

    python scripts/average_answerers.py --out runs/soup runs/ans_seed0 runs/ans_seed1 runs/ans_seed2

Each input is a folder written by ``scripts/train_answerer.py`` (config, tokenizer, int8 weights).
Weights are de-quantised, averaged tensor by tensor and stored int8 again; config and tokenizer
come from the first folder. The models must share their architecture and their initialisation
(the same stage-1 weights): averaging unrelated fine-tunes gives noise. A CARD.md in the output
names the inputs. Measure the result before shipping it: copy it over
``pcd/models/answerer`` and run ``pcd eval qa``, ``pcd eval sharc`` and ``pcd eval gdpr``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from pathlib import Path

from pcd.answering.weights import WEIGHTS_FILE, load_int8, save_int8

_COPIED = ("config.json", "tokenizer.json", "tokenizer_config.json", "pcd_answerer.json")


def average(folders: list[Path]) -> dict:
    states = [load_int8(f) for f in folders]
    names = set(states[0])
    for f, s in zip(folders[1:], states[1:]):
        if set(s) != names or any(s[n].shape != states[0][n].shape for n in names):
            raise SystemExit(f"{f}: its tensors differ from {folders[0]}'s; only models of one architecture average")
    return {n: sum(s[n] for s in states) / len(states) for n in names}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path, help="answerer folders written by train_answerer.py")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if len(args.folders) < 2:
        ap.error("give at least two answerer folders")
    for f in args.folders:
        if not (f / WEIGHTS_FILE).is_file():
            ap.error(f"{f} holds no {WEIGHTS_FILE}")
    state = average(args.folders)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in _COPIED:
        if (args.folders[0] / name).is_file():
            shutil.copy(args.folders[0] / name, args.out / name)
    save_int8(state, args.out)
    (args.out / "CARD.md").write_text(
        "# pcd scenario answerer: weight average\n\n"
        f"- date: {dt.date.today().isoformat()}\n"
        f"- command: `python scripts/average_answerers.py --out {args.out} {' '.join(map(str, args.folders))}`\n"
        "- inputs (each with its own CARD.md):\n" + "".join(f"  - `{f}`\n" for f in args.folders))
    print(f"averaged {len(args.folders)} models -> {args.out / WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
