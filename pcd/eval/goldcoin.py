"""``pcd eval goldcoin``: the HIPAA pack on GoldCoin's compliance and applicability tasks.

GoldCoin (Fan et al., EMNLP 2024; Apache-2.0) ships HIPAA cases generated from single
Privacy Rule provisions (``refer_id``) plus court-opinion facts labelled Not Applicable.

- compliance (rows labelled Permit / Forbid): ``compliant`` ↔ Permit, ``non_compliant`` ↔
  Forbid; ``undetermined`` and ``not_applicable`` count as the fallback (Permit by default,
  reported both ways);
- applicability (all rows): ``not_applicable`` ↔ Not Applicable, anything else ↔ applicable;
- provision retrieval: is the case's ``refer_id`` inside the top-ranked provision (hit@1)
  or any checked one (hit@k), over the cases whose ``refer_id`` a reviewed tree covers.

Accuracy and macro-F1 for each, with the always-Permit / always-applicable baselines in the
same run. ``generate_characteristics`` is never read at evaluation time.

    python -m pcd.eval.goldcoin --data ../shared/data/goldcoin [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import numpy as np

__all__ = ["evaluate_goldcoin", "load_goldcoin", "macro_f1", "render_goldcoin_report", "main"]

FILES = {"train": "train_generate_cases_hipaa_applicability.csv",
         "validation": "val_generate_cases_hipaa_applicability.csv"}
PERMIT, FORBID, NA = "Permit", "Forbid", "Not Applicable"


def load_goldcoin(data_path: str | Path, splits: Iterable[str] = ("train", "validation")) -> list[dict[str, Any]]:
    """Rows of the applicability files (they contain every compliance row too), with ``split``."""
    rows = []
    for split in splits:
        path = Path(data_path) / FILES[split]
        if not path.exists():
            raise FileNotFoundError(f"GoldCoin file not found: {path} (pass --data pointing at the goldcoin folder)")
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                rows.append({"split": split, "refer_id": r["refer_id"].strip(), "label": r["generate_HIPAA_type"].strip(),
                             "text": r["generate_background"]})
    return rows


def macro_f1(gold: list[str], pred: list[str], labels: Iterable[str]) -> float:
    f1s = []
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)) if f1s else 0.0


def _scores(gold: list[str], pred: list[str], labels: list[str]) -> dict[str, Any]:
    n = len(gold)
    return {"n": n, "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / max(n, 1), 4),
            "macro_f1": round(macro_f1(gold, pred, labels), 4),
            "confusion": {g: dict(Counter(p for gg, p in zip(gold, pred) if gg == g)) for g in labels}}


def _best_threshold(pos: np.ndarray, neg: np.ndarray) -> float:
    """The relevance threshold (applicable above) maximising macro-F1 of applicability."""
    best, best_t = -1.0, 0.0
    for t in np.unique(np.concatenate([pos, neg])):
        gold = ["a"] * len(pos) + ["n"] * len(neg)
        pred = ["a" if s >= t else "n" for s in np.concatenate([pos, neg])]
        f = macro_f1(gold, pred, ["a", "n"])
        if f > best:
            best, best_t = f, float(t)
    return best_t


def evaluate_goldcoin(data_path: str | Path, *, splits: Iterable[str] = ("train", "validation"),
                      answerer: Any = None, top_k: int = 3, limit: int | None = None,
                      min_relevance: float | str | None = "calibrate", fallback: str = PERMIT,
                      progress: bool = False) -> dict[str, Any]:
    """Run the HIPAA pack over GoldCoin and score it; returns a JSON-able report.

    ``answerer``: as for :func:`pcd.answer` (None: the default chain). ``min_relevance``:
    the retrieval threshold below which a case is not_applicable; ``"calibrate"`` picks it on
    the train split (macro-F1 of applicability) and applies it to every split; None: off.
    ``limit``: the first N rows of each split (for a quick look).
    """
    from ..packs import UnknownProvisionError, provision
    from ..regulation import check_regulation_many, rank_provisions

    t0 = time.perf_counter()
    rows = []
    for split in splits:
        part = load_goldcoin(data_path, [split])
        rows += part[:limit] if limit else part
    texts = [r["text"] for r in rows]
    from ..packs import load_pack

    pack = load_pack("hipaa")
    scores = rank_provisions("hipaa", texts)
    t1 = time.perf_counter()
    top = scores.max(axis=1)
    train = np.array([r["split"] == "train" for r in rows])
    applicable = np.array([r["label"] != NA for r in rows])
    threshold = None
    if min_relevance == "calibrate":
        ref = train if train.any() else np.ones(len(rows), bool)
        threshold = _best_threshold(top[ref & applicable], top[ref & ~applicable])
    elif min_relevance is not None:
        threshold = float(min_relevance)

    # retrieval: refer_id inside the ranked provisions
    order = np.argsort(-scores, axis=1)
    hits1 = hitk = covered = 0
    for r, o in zip(rows, order):
        if not r["refer_id"]:
            continue
        try:
            target = provision("hipaa:" + r["refer_id"]).id
        except (UnknownProvisionError, KeyError):
            continue
        covered += 1
        ids = [pack.provisions[j].id for j in o[:top_k]]
        hits1 += ids[0] == target
        hitk += target in ids

    results = check_regulation_many("hipaa", texts, answerer=answerer, top_k=top_k, min_relevance=threshold)
    t2 = time.perf_counter()
    labels = [res.label for res in results]
    to_gc = {"compliant": PERMIT, "non_compliant": FORBID}

    report: dict[str, Any] = {"dataset": "GoldCoin HIPAA (generated cases + court-opinion Not Applicable cases)",
                              "data": str(data_path), "splits": list(splits), "limit": limit,
                              "answerer": results[0].versions.get("answerer") if results else None,
                              "top_k": top_k, "min_relevance": threshold, "fallback": fallback,
                              "pred_labels": dict(Counter(labels))}
    for scope, mask in [("all", np.ones(len(rows), bool)), ("train", train), ("validation", ~train)]:
        idx = [i for i in range(len(rows)) if mask[i]]
        if not idx:
            continue
        comp = [i for i in idx if rows[i]["label"] in (PERMIT, FORBID)]
        gold_c = [rows[i]["label"] for i in comp]
        block: dict[str, Any] = {}
        for fb in (fallback, FORBID if fallback == PERMIT else PERMIT):
            pred_c = [to_gc.get(labels[i], fb) for i in comp]
            block[f"compliance_fallback_{fb.lower()}"] = _scores(gold_c, pred_c, [PERMIT, FORBID])
        block["compliance_decided"] = {"n": sum(labels[i] in to_gc for i in comp)}
        block["baseline_always_permit"] = _scores(gold_c, [PERMIT] * len(gold_c), [PERMIT, FORBID])
        gold_a = ["applicable" if rows[i]["label"] != NA else NA for i in idx]
        pred_a = [NA if labels[i] == "not_applicable" else "applicable" for i in idx]
        block["applicability"] = _scores(gold_a, pred_a, ["applicable", NA])
        block["applicability_retrieval_only"] = _scores(
            gold_a, ["applicable" if threshold is None or top[i] >= threshold else NA for i in idx],
            ["applicable", NA])
        block["baseline_always_applicable"] = _scores(gold_a, ["applicable"] * len(idx), ["applicable", NA])
        report[scope] = block
    report["retrieval"] = {"covered_cases": covered, "hit@1": round(hits1 / max(covered, 1), 4),
                           f"hit@{top_k}": round(hitk / max(covered, 1), 4),
                           "random_hit@1": round(1 / len(pack.provisions), 4)}
    report["timings_s"] = {"retrieval": round(t1 - t0, 1), "check": round(t2 - t1, 1), "rows": len(rows)}
    return report


def render_goldcoin_report(report: dict[str, Any], console: Any = None) -> None:
    """Print the report as plain lines (``console``: a rich Console or None for stdout)."""
    out = console.print if console is not None else print
    out(f"GoldCoin HIPAA — splits {', '.join(report['splits'])}; answerer {report['answerer']}; "
        f"top_k {report['top_k']}; min_relevance {report['min_relevance']}")
    out(f"predicted labels: {report['pred_labels']}")
    for scope in ("all", "train", "validation"):
        b = report.get(scope)
        if not b:
            continue
        fb = f"compliance_fallback_{report['fallback'].lower()}"
        c, base, a = b[fb], b["baseline_always_permit"], b["applicability"]
        out(f"[{scope}] compliance n={c['n']} (decided {b['compliance_decided']['n']}): acc {c['accuracy']:.3f} "
            f"macro-F1 {c['macro_f1']:.3f} | always-Permit acc {base['accuracy']:.3f} macro-F1 {base['macro_f1']:.3f}")
        other = [k for k in b if k.startswith("compliance_fallback_") and k != fb][0]
        out(f"[{scope}]   ({other.replace('compliance_', '')}: acc {b[other]['accuracy']:.3f} "
            f"macro-F1 {b[other]['macro_f1']:.3f})")
        r = b["applicability_retrieval_only"]
        out(f"[{scope}] applicability n={a['n']}: acc {a['accuracy']:.3f} macro-F1 {a['macro_f1']:.3f} | "
            f"retrieval gate only: acc {r['accuracy']:.3f} macro-F1 {r['macro_f1']:.3f} | always-applicable "
            f"macro-F1 {b['baseline_always_applicable']['macro_f1']:.3f}")
    rt = report["retrieval"]
    out(f"provision retrieval over {rt['covered_cases']} cases whose refer_id has a reviewed tree: "
        + ", ".join(f"{k} {v}" for k, v in rt.items() if k != "covered_cases"))
    out(f"time: {report['timings_s']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pcd.eval.goldcoin", description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="folder with GoldCoin's *_generate_cases_hipaa_*.csv")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--answerer", default=None, help="answerer name (default: the default chain)")
    ap.add_argument("--top-k", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--split", action="append", choices=sorted(FILES), default=None)
    args = ap.parse_args(argv)
    report = evaluate_goldcoin(args.data, splits=args.split or ("train", "validation"), answerer=args.answerer,
                               top_k=args.top_k, limit=args.limit)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        render_goldcoin_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
