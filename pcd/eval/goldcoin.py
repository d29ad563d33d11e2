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

    python -m pcd.eval.goldcoin --data ../shared/data/goldcoin [--json] [--limit N] [--answerer NAME]
        [--retrieval similarity,trained[,oracle]]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Sequence

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


@contextmanager
def memo_embed():
    """Memoise the shared sentence embedder for one evaluation run (same numbers, far fewer model passes:
    each scenario sentence and question statement is embedded once, not once per provision checked)."""
    from ..answering import embed as mod

    original = mod.embed
    cache: dict[str, np.ndarray] = {}

    def embed(texts):
        texts = list(texts)
        todo = list(dict.fromkeys(t for t in texts if t not in cache))
        if todo:
            for t, v in zip(todo, original(todo)):
                cache[t] = v
        if not texts:
            return original(texts)
        return np.stack([cache[t] for t in texts])

    mod.embed = embed
    try:
        yield
    finally:
        mod.embed = original


def evaluate_goldcoin(data_path: str | Path, *, splits: Iterable[str] = ("train", "validation"),
                      answerer: Any = None, top_k: int = 3, limit: int | None = None,
                      retrieval: str | Sequence[str] = ("similarity", "trained"), fallback: str = PERMIT) -> dict[str, Any]:
    """Run the HIPAA pack over GoldCoin and score it; returns a JSON-able report.

    ``answerer``: as for :func:`pcd.answer` (None: the default chain). ``retrieval``: one or
    more of ``similarity`` (untrained; its not-applicable threshold on the best provision's
    score is calibrated on the train split) and ``trained`` (the model of
    ``scripts/train_goldcoin_retrieval.py``, fitted on the train split; its not-applicable class
    gates applicability): one scored variant each. ``limit``: the first N rows of each split.
    Figures on the train split are in-sample for anything fitted on it (the threshold, the
    trained model); validation is held out.
    """
    rows = []
    for split in splits:
        part = load_goldcoin(data_path, [split])
        rows += part[:limit] if limit else part
    variants = [retrieval] if isinstance(retrieval, str) else list(retrieval)
    report: dict[str, Any] = {"dataset": "GoldCoin HIPAA (generated cases + court-opinion Not Applicable cases)",
                              "data": str(data_path), "splits": list(splits), "limit": limit, "top_k": top_k,
                              "fallback": fallback, "rows": len(rows), "variants": {}}
    with memo_embed():
        for variant in variants:
            run = _run_oracle if variant == "oracle" else _run_variant
            report["variants"][variant] = run(rows, variant, answerer, top_k, fallback)
    report["answerer"] = next(iter(report["variants"].values()))["answerer"] if variants else None
    return report


def _run_oracle(rows, variant, answerer, top_k, fallback) -> dict[str, Any]:
    """Diagnostic: each compliance case checked against the provision its ``refer_id`` falls in, with
    the applicability gates answered yes. Isolates the trees + answerer from retrieval and gating."""
    from ..answering.api import DEFAULT_CHAIN
    from ..packs import UnknownProvisionError, provision
    from ..regulation import check_regulation_many

    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        if r["label"] in (PERMIT, FORBID) and r["refer_id"]:
            try:
                groups.setdefault(provision("hipaa:" + r["refer_id"]).id, []).append(i)
            except (UnknownProvisionError, KeyError):
                pass
    labels: dict[int, str] = {}
    for pid, idx in groups.items():
        gates = {"ce": "yes", "phi": "yes"}
        res = check_regulation_many("hipaa", [rows[i]["text"] for i in idx], provisions=[pid], answerer=answerer,
                                    answers=[gates] * len(idx), retrieval=False)
        labels.update({i: r.label for i, r in zip(idx, res)})
    to_gc = {"compliant": PERMIT, "non_compliant": FORBID}
    out: dict[str, Any] = {"answerer": str(answerer) if answerer else "+".join(DEFAULT_CHAIN), "min_relevance": None, "pred_labels": dict(Counter(labels.values())),
                           "retrieval": "gold provision from refer_id (diagnostic)", "timings_s": {}}
    for scope in ("all", "train", "validation"):
        idx = [i for i in labels if scope == "all" or rows[i]["split"] == scope]
        if not idx:
            continue
        gold = [rows[i]["label"] for i in idx]
        block = {f"compliance_fallback_{fb.lower()}": _scores(gold, [to_gc.get(labels[i], fb) for i in idx],
                                                                [PERMIT, FORBID]) for fb in (PERMIT, FORBID)}
        block["compliance_decided"] = {"n": sum(labels[i] in to_gc for i in idx)}
        block["baseline_always_permit"] = _scores(gold, [PERMIT] * len(gold), [PERMIT, FORBID])
        out[scope] = block
    return out


def _run_variant(rows, variant, answerer, top_k, fallback) -> dict[str, Any]:
    from ..packs import UnknownProvisionError, load_pack, provision
    from ..regulation import check_regulation_many, provision_scores

    t0 = time.perf_counter()
    texts = [r["text"] for r in rows]
    pack = load_pack("hipaa")
    scores, p_na = provision_scores("hipaa", texts, variant)
    t1 = time.perf_counter()
    top = scores.max(axis=1)
    train = np.array([r["split"] == "train" for r in rows])
    applicable = np.array([r["label"] != NA for r in rows])
    threshold = None
    if variant == "similarity":
        ref = train if train.any() else np.ones(len(rows), bool)
        threshold = _best_threshold(top[ref & applicable], top[ref & ~applicable])
    gate_na = (top < threshold) if threshold is not None else (p_na >= 0.5)

    order = np.argsort(-scores, axis=1)
    hit1 = {"train": [0, 0, 0], "validation": [0, 0, 0]}  # hits@1, hits@k, n
    for r, o in zip(rows, order):
        if not r["refer_id"]:
            continue
        try:
            target = provision("hipaa:" + r["refer_id"]).id
        except (UnknownProvisionError, KeyError):
            continue
        ids = [pack.provisions[j].id for j in o[:top_k]]
        h = hit1[r["split"]]
        h[0] += ids[0] == target
        h[1] += target in ids
        h[2] += 1

    results = check_regulation_many("hipaa", texts, answerer=answerer, top_k=top_k, min_relevance=threshold,
                                    retrieval=variant, na_gate=True)
    t2 = time.perf_counter()
    labels = [res.label for res in results]
    to_gc = {"compliant": PERMIT, "non_compliant": FORBID}
    block_all: dict[str, Any] = {
        "answerer": next((res.versions.get("answerer") for res in results if res.provisions), None),
        "min_relevance": threshold, "pred_labels": dict(Counter(labels)),
        "retrieval": {split: {"cases_with_reviewed_tree": h[2], "hit@1": round(h[0] / max(h[2], 1), 4),
                              f"hit@{top_k}": round(h[1] / max(h[2], 1), 4)} for split, h in hit1.items()},
        "timings_s": {"retrieval": round(t1 - t0, 1), "check": round(t2 - t1, 1)},
    }
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
        block["applicability_retrieval_only"] = _scores(gold_a, [NA if gate_na[i] else "applicable" for i in idx],
                                                        ["applicable", NA])
        block["baseline_always_applicable"] = _scores(gold_a, ["applicable"] * len(idx), ["applicable", NA])
        block_all[scope] = block
    return block_all


def render_goldcoin_report(report: dict[str, Any], console: Any = None) -> None:
    """Print the report as plain lines (``console``: a rich Console or None for stdout)."""
    out = console.print if console is not None else print
    out(f"GoldCoin HIPAA — {report['rows']} rows from {', '.join(report['splits'])}; answerer {report['answerer']}; "
        f"top_k {report['top_k']}; undetermined/not_applicable scored as {report['fallback']} for compliance")
    for variant, v in report["variants"].items():
        gate = (f"min_relevance {v['min_relevance']:.3f}" if v["min_relevance"] is not None else
                "not-applicable class" if variant == "trained" else "diagnostic")
        out(f"== retrieval: {variant} ({gate}); predicted {v['pred_labels']}")
        for scope in ("all", "train", "validation"):
            b = v.get(scope)
            if not b:
                continue
            fb = f"compliance_fallback_{report['fallback'].lower()}"
            other = [k for k in b if k.startswith("compliance_fallback_") and k != fb][0]
            c, base = b[fb], b["baseline_always_permit"]
            out(f"[{scope}] compliance n={c['n']} decided {b['compliance_decided']['n']}: acc {c['accuracy']:.3f} "
                f"macro-F1 {c['macro_f1']:.3f} ({other[11:]}: {b[other]['accuracy']:.3f} / {b[other]['macro_f1']:.3f})"
                f" | always-Permit {base['accuracy']:.3f} / {base['macro_f1']:.3f}")
            if "applicability" not in b:
                continue
            a, r = b["applicability"], b["applicability_retrieval_only"]
            out(f"[{scope}] applicability n={a['n']}: acc {a['accuracy']:.3f} macro-F1 {a['macro_f1']:.3f} | "
                f"retrieval gate only {r['accuracy']:.3f} / {r['macro_f1']:.3f} | always-applicable "
                f"{b['baseline_always_applicable']['accuracy']:.3f} / {b['baseline_always_applicable']['macro_f1']:.3f}")
        out(f"provision retrieval (refer_id inside the ranked provision): {v['retrieval']}; time {v['timings_s']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pcd.eval.goldcoin", description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="folder with GoldCoin's *_generate_cases_hipaa_*.csv")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--answerer", default=None, help="answerer name (default: the default chain)")
    ap.add_argument("--top-k", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--split", action="append", choices=sorted(FILES), default=None)
    ap.add_argument("--retrieval", default="similarity,trained", help="comma-separated: similarity, trained, oracle (diagnostic: gold provision, gates yes)")
    args = ap.parse_args(argv)
    report = evaluate_goldcoin(args.data, splits=args.split or ("train", "validation"), answerer=args.answerer,
                               top_k=args.top_k, limit=args.limit, retrieval=args.retrieval.split(","))
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        render_goldcoin_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
