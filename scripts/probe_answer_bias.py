"""How the scenario answerer reads long case narratives: the spread of its answers to pack questions.

A sound reader answers most HIPAA pack questions about one case narrative "unknown" (a case is about one
provision) and some "no". This probe asks a fixed random sample of the HIPAA pack's questions about a fixed
random sample of GoldCoin compliance narratives, whole and cut to their first sentences, and prints the
answer counts. No labels are involved: it measures the answerer's bias, not its accuracy.

    python scripts/probe_answer_bias.py --data ../shared/data/goldcoin [--cases 20] [--questions 40]

Measured 2026-11-29 with the shipped cross-encoder (20 cases x 40 questions): whole narratives (median
182 words, truncated at 128 tokens) yes 799 / no 1 / unknown 0; first two sentences yes 566 / no 112 /
unknown 122.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
from collections import Counter


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="folder with the GoldCoin CSV files")
    ap.add_argument("--cases", type=int, default=20)
    ap.add_argument("--questions", type=int, default=40)
    ap.add_argument("--answerer", default="cross-encoder")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    from pcd.answering import answer_many
    from pcd.eval.goldcoin import load_goldcoin
    from pcd.packs import load_pack

    rows = [r for r in load_goldcoin(args.data) if r["label"] in ("Permit", "Forbid")]
    random.Random(args.seed).shuffle(rows)
    rows = rows[:args.cases]
    questions = sorted({q.text for p in load_pack("hipaa").provisions for q in p.policy.questions})
    random.Random(args.seed + 1).shuffle(questions)
    questions = questions[:args.questions]
    print(f"{len(rows)} narratives (median {statistics.median(len(r['text'].split()) for r in rows):.0f} words) "
          f"x {len(questions)} HIPAA pack questions, answerer {args.answerer}")
    for name, cut in (("whole narrative", None), ("first two sentences", 2)):
        texts = [r["text"] if cut is None else " ".join(re.split(r"(?<=[.!?])\s+", r["text"])[:cut]) for r in rows]
        answers = answer_many([(questions, t) for t in texts], answerer=args.answerer)
        counts = Counter(a.value for per_case in answers for a in per_case)
        print(f"  {name:20s} " + "  ".join(f"{v} {counts.get(v, 0)}" for v in ("yes", "no", "unknown")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
