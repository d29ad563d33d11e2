"""Question-answering evaluation on held-out ShARC policies (issue 4).

    python -m pcd.eval.qa --data ../shared/data/sharc [--answerer NAME ...] [--json]

Pairs (``pcd.datasets.sharc.build_qa_pairs``): for each distinct (policy, scenario) with a
non-empty scenario, every evidence question with its yes/no, and every other gold
dialog-tree question of that policy that no record with that scenario answers in evidence
or history, as unknown. Reported per answerer: accuracy, macro-F1 over yes/no/unknown,
the confusion matrix, ms per pair (one pair per call) and pairs/s batched (all pairs, one
``answer_many`` call). The ``lm`` answerer is slow (a 135M LM on CPU), so it runs on a fixed
random subset of ``lm_limit`` pairs (seed 0), which the report states.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Sequence

from pcd.answering.api import DEFAULT_CHAIN
from pcd.answering.types import PRIOR_TURN_ANSWERER

LABELS = ("yes", "no", "unknown")
# the baselines, the model alone, the default chain's scenario answerers (no history in these pairs), the LM
DEFAULT_ANSWERERS = ("majority", "similarity", "cross-encoder",
                     ",".join(a for a in DEFAULT_CHAIN if a != PRIOR_TURN_ANSWERER), "lm")

__all__ = ["evaluate_qa", "render_qa_report", "scores", "confusion", "measure_paraphrase_threshold", "tune_similarity"]


def confusion(gold, pred, labels=LABELS) -> list[list[int]]:
    """Rows: gold label; columns: predicted label."""
    ix = {l: i for i, l in enumerate(labels)}
    m = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, pred):
        m[ix[g]][ix[p]] += 1
    return m


def scores(gold, pred, labels=LABELS) -> dict:
    m = confusion(gold, pred, labels)
    n = sum(map(sum, m))
    acc = sum(m[i][i] for i in range(len(labels))) / n if n else 0.0
    per = {}
    for i, l in enumerate(labels):
        tp = m[i][i]
        fp = sum(m[r][i] for r in range(len(labels))) - tp
        fn = sum(m[i]) - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[l] = {"precision": prec, "recall": rec, "f1": f1, "support": sum(m[i])}
    return {"accuracy": acc, "macro_f1": sum(p["f1"] for p in per.values()) / len(labels), "per_label": per, "confusion": m, "n": n}


def _group(pairs) -> tuple[list, list[tuple[int, int]]]:
    """Items (questions, scenario, []) grouped by scenario, and the (item, position) of each pair."""
    by: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        by[p.scenario].append(i)
    items, where = [], [None] * len(pairs)
    for s, idx in by.items():
        for j, i in enumerate(idx):
            where[i] = (len(items), j)
        items.append(([pairs[i].question for i in idx], s, []))
    return items, where


def _run(answerer, pairs, latency_sample: int) -> dict:
    items, where = _group(pairs)
    answerer.answer_many([([pairs[0].question], pairs[0].scenario, [])])  # load the model first
    t0, c0 = time.perf_counter(), time.process_time()
    got = answerer.answer_many(items)
    batched_s = time.perf_counter() - t0
    cpu_s = time.process_time() - c0
    pred = [got[a][b].value for a, b in where]
    res = scores([p.label for p in pairs], pred)
    sample = pairs[:latency_sample]
    t0 = time.perf_counter()
    for p in sample:
        answerer.answer_batch([p.question], p.scenario, [])
    single_s = time.perf_counter() - t0
    res["ms_per_pair"] = 1000 * single_s / max(1, len(sample))
    res["pairs_per_s"] = len(pairs) / batched_s if batched_s > 0 else float("inf")
    res["latency_sample"] = len(sample)
    # CPU seconds of this process for the batched call: less sensitive to other jobs on the machine
    res["cpu_s_batched"] = cpu_s
    try:
        import os

        res["load_avg_1min"] = os.getloadavg()[0]
    except (AttributeError, OSError):
        pass
    return res


def evaluate_qa(
    data_path: str | Path,
    answerers: Sequence[str] = DEFAULT_ANSWERERS,
    split: str = "dev_visible",
    limit: int | None = None,
    lm_limit: int = 90,
    seed: int = 0,
    answerer_kwargs: dict | None = None,
    progress: bool = False,
) -> dict:
    """Evaluate named answerers on the QA pairs of ``split``. ``limit`` samples a fixed random
    subset of pairs (seed ``seed``) for every answerer; ``lm_limit`` caps the ``lm`` answerer."""
    from pcd.answering.api import resolve_answerer
    from pcd.answering.registry import get_answerer
    from pcd.datasets.sharc import load_qa_pairs

    pairs, counts = load_qa_pairs(data_path, split)
    rng = random.Random(seed)
    order = list(range(len(pairs)))
    rng.shuffle(order)

    def subset(n):
        if n is None or n >= len(pairs):
            return pairs, False
        return [pairs[i] for i in sorted(order[:n])], True

    report = {"split": split, "data": {k: v for k, v in counts.items()}, "answerers": {}}
    for name in answerers:
        n = limit
        if name == "lm":
            n = min(lm_limit, limit) if limit is not None else lm_limit
        sub, sampled = subset(n)
        if progress:
            print(f"evaluating {name} on {len(sub)} pairs ...", file=sys.stderr, flush=True)
        try:
            if "," in name:  # "ages,cross-encoder": a chain, as everywhere in the CLI
                ans = resolve_answerer([part.strip() for part in name.split(",")])
            else:
                ans = get_answerer(name, **(answerer_kwargs or {}).get(name, {}))
            res = _run(ans, sub, latency_sample=10 if name == "lm" else 50)
        except (FileNotFoundError, ImportError) as exc:
            report["answerers"][name] = {"error": str(exc)}
            continue
        res["sampled"] = sampled
        report["answerers"][name] = res
    return report


def render_qa_report(report: dict, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    d = report["data"]
    console.print(
        f"[bold]QA on {report['split']}[/]: {d.get('pairs')} pairs from {d.get('scenarios')} scenarios "
        f"(yes {d.get('yes')}, no {d.get('no')}, unknown {d.get('unknown')}); "
        f"records skipped as malformed: {d.get('records', {}).get('skipped', 0)}"
    )
    t = Table()
    for col in ("answerer", "pairs", "acc", "macro-F1", "F1 y/n/u", "ms/pair", "pairs/s", "confusion"):
        t.add_column(col, justify="left" if col in ("answerer", "confusion") else "right", no_wrap=True)
    for name, r in report["answerers"].items():
        if "error" in r:
            t.add_row(name, "-", "-", "-", "-", "-", "-", f"[red]{r['error']}[/]")
            continue
        f1s = "/".join(f"{r['per_label'][l]['f1']:.2f}" for l in LABELS)
        t.add_row(
            name, f"{r['n']}{' (sample)' if r.get('sampled') else ''}", f"{r['accuracy']:.3f}", f"{r['macro_f1']:.3f}", f1s,
            f"{r['ms_per_pair']:.1f}", f"{r['pairs_per_s']:.0f}",
            " ".join(f"{g}[{' '.join(str(v) for v in row)}]" for g, row in zip("ynu", r["confusion"])),
        )
    console.print(t)
    loads = [r.get("load_avg_1min") for r in report["answerers"].values() if r.get("load_avg_1min") is not None]
    if loads:
        console.print(f"machine load average during the run: {max(loads):.1f} (timings shrink when other jobs share the CPU)")
    console.print("ms/pair: one pair per call; pairs/s: all pairs in one batched call; "
                  "confusion: gold y/n/u rows, predicted yes/no/unknown counts in brackets.")
    if any(r.get("sampled") for r in report["answerers"].values()):
        console.print("(sample): a fixed random subset of the pairs (seed 0), because the answerer is slow.")


def measure_paraphrase_threshold(data_path: str | Path, paraphrases: str | Path) -> dict:
    """Cosines of hand-written paraphrase pairs vs. hard negatives (distinct questions of
    one ShARC-train dialog tree); used to set ``history.PARAPHRASE_THRESHOLD``."""
    import numpy as np

    from pcd.answering.embed import embed
    from pcd.datasets.sharc import DIALOG_TREES, load_dialog_trees, normalize_question

    pos = []
    for line in Path(paraphrases).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b = line.split("\t")
            pos.append((a, b))
    trees, _ = load_dialog_trees(Path(data_path) / DIALOG_TREES, split="train")
    neg = []
    for t in trees:
        qs = t.questions()
        for i in range(len(qs)):
            for j in range(i + 1, len(qs)):
                if normalize_question(qs[i]) != normalize_question(qs[j]):
                    neg.append((qs[i], qs[j]))

    def cos(pairs):
        a = embed([x for x, _ in pairs])
        b = embed([y for _, y in pairs])
        return (a * b).sum(1)

    from pcd.answering.history import compatible

    cp, cn = cos(pos), cos(neg)
    gp = np.array([compatible(a, b) for a, b in pos])
    gn = np.array([compatible(a, b) for a, b in neg])
    out = {"positives": len(pos), "hard_negatives": len(neg), "neg_max": float(cn.max()),
           "neg_p99": float(np.percentile(cn, 99)), "neg_p995": float(np.percentile(cn, 99.5)),
           "pos_min": float(cp.min()), "pos_median": float(np.median(cp))}
    for th in (0.75, 0.8, 0.85, 0.9):
        out[f"at_{th}"] = {"paraphrase_recall": float((cp >= th).mean()), "false_matches": int((cn >= th).sum()),
                           "paraphrase_recall_guarded": float(((cp >= th) & gp).mean()),
                           "false_matches_guarded": int(((cn >= th) & gn).sum())}
    out["guarded_false_matches_at_0.85"] = [(a, b, round(float(c), 3)) for (a, b), c, g in zip(neg, cn, gn) if g and c >= 0.85]
    return out


def tune_similarity(data_path: str | Path) -> dict:
    """Grid-search the similarity baseline's threshold on ShARC-*train* pairs (never dev)."""
    from pcd.answering.baselines import SimilarityAnswerer
    from pcd.datasets.sharc import load_qa_pairs

    pairs, _ = load_qa_pairs(data_path, "train")
    best = None
    res = {}
    for th in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65):
        r = _run(SimilarityAnswerer(threshold=th), pairs, latency_sample=0)
        res[th] = r["macro_f1"]
        if best is None or r["macro_f1"] > res[best]:
            best = th
    return {"grid": res, "best": best}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pcd.eval.qa", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="ShARC data folder (dev_visible.json, dialog_trees.jsonl)")
    ap.add_argument("--answerer", action="append", help=f"answerer name (repeatable); default: {', '.join(DEFAULT_ANSWERERS)}")
    ap.add_argument("--split", default="dev_visible", choices=("dev_visible", "train"))
    ap.add_argument("--limit", type=int, default=None, help="evaluate a fixed random subset of N pairs")
    ap.add_argument("--lm-limit", type=int, default=90, help="pairs for the slow lm answerer (default 90)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    report = evaluate_qa(args.data, tuple(args.answerer or DEFAULT_ANSWERERS), split=args.split, limit=args.limit,
                         lm_limit=args.lm_limit, progress=not args.json)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        render_qa_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
