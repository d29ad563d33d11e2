"""``pcd eval gdpr``: the GDPR pack on hand-written cases (``corpora/cases/gdpr.jsonl``).

Each case (written by the pcd maintainers from the GDPR text, not taken from any dataset)
has a scenario, the gold label, the provisions it turns on, a one-line reasoning, and the
answers a careful reader gives to the provision's questions. Three modes:

- ``given``: the gold provisions with the hand-given answers (no model): scores the trees;
- ``model``: the gold provisions, answers from the answerer: scores trees + answering;
- ``retrieval``: no provisions given, the pack ranks them (top_k) and the answerer answers:
  the full pipeline; also reports whether the gold provision was retrieved.

Accuracy and macro-F1 over the four labels, with the always-compliant baseline.

    python -m pcd.eval.gdpr [--cases PATH] [--modes given,model,retrieval] [--answerer NAME] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .goldcoin import macro_f1

__all__ = ["LABELS", "default_cases_path", "evaluate_gdpr", "load_cases", "main", "render_gdpr_report"]

LABELS = ["compliant", "non_compliant", "undetermined", "not_applicable"]


def default_cases_path() -> Path:
    import corpora

    return Path(corpora.CORPORA_DIR) / "cases" / "gdpr.jsonl"


def load_cases(path: str | Path | None = None) -> list[dict[str, Any]]:
    p = Path(path) if path else default_cases_path()
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_gdpr(cases_path: str | Path | None = None, *, modes: Iterable[str] = ("given",), answerer: Any = None,
                  top_k: int = 3, keep_outputs: bool = False) -> dict[str, Any]:
    """Score the GDPR pack on the hand-written cases; returns a JSON-able report.

    ``keep_outputs``: include every case's ``pcd.regulation-explanation/1`` document.
    """
    from ..regulation import check_regulation, check_regulation_many

    cases = load_cases(cases_path)
    gold = [c["label"] for c in cases]
    report: dict[str, Any] = {"cases": len(cases), "source": str(cases_path or default_cases_path()),
                              "gold_labels": dict(Counter(gold))}
    base = ["compliant"] * len(cases)
    report["baseline_always_compliant"] = {"accuracy": round(sum(g == p for g, p in zip(gold, base)) / len(gold), 4),
                                           "macro_f1": round(macro_f1(gold, base, LABELS), 4)}
    for mode in modes:
        if mode == "given":
            results = [check_regulation("gdpr", c["scenario"], provisions=c["provisions"], answers=c["answers"],
                                        answerer="majority", retrieval=False) for c in cases]
        elif mode == "model":
            results = [check_regulation("gdpr", c["scenario"], provisions=c["provisions"], answerer=answerer,
                                        retrieval=False) for c in cases]
        elif mode == "retrieval":
            results = check_regulation_many("gdpr", [c["scenario"] for c in cases], answerer=answerer, top_k=top_k)
        else:
            raise ValueError(f"unknown mode {mode!r}; modes: given, model, retrieval")
        pred = [r.label for r in results]
        block: dict[str, Any] = {
            "accuracy": round(sum(g == p for g, p in zip(gold, pred)) / len(gold), 4),
            "macro_f1": round(macro_f1(gold, pred, LABELS), 4),
            "pred_labels": dict(Counter(pred)),
            "errors": [{"id": c["id"], "gold": g, "pred": p, "reason": r.reason}
                       for c, g, p, r in zip(cases, gold, pred, results) if g != p],
        }
        if mode == "retrieval":
            hit = [any(pr.id in c["provisions"] for pr in r.provisions) for c, r in zip(cases, results)]
            top1 = [bool(r.provisions) and r.provisions[0].id in c["provisions"] for c, r in zip(cases, results)]
            block["retrieval"] = {"hit@1": round(sum(top1) / len(cases), 4), f"hit@{top_k}": round(sum(hit) / len(cases), 4)}
        if keep_outputs:
            block["outputs"] = [r.to_dict() for r in results]
        report[mode] = block
    return report


def render_gdpr_report(report: dict[str, Any], console: Any = None) -> None:
    out = console.print if console is not None else print
    b = report["baseline_always_compliant"]
    out(f"GDPR hand-written cases: {report['cases']} ({report['gold_labels']})")
    out(f"always-compliant baseline: acc {b['accuracy']:.3f} macro-F1 {b['macro_f1']:.3f}")
    for mode in ("given", "model", "retrieval"):
        if mode in report:
            m = report[mode]
            extra = f" | retrieval {m['retrieval']}" if "retrieval" in m else ""
            out(f"[{mode}] acc {m['accuracy']:.3f} macro-F1 {m['macro_f1']:.3f} pred {m['pred_labels']}{extra}")
            for e in m["errors"][:8]:
                out(f"   {e['id']}: gold {e['gold']} pred {e['pred']} ({e['reason']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pcd.eval.gdpr", description=__doc__.split("\n")[0])
    ap.add_argument("--cases", default=None)
    ap.add_argument("--modes", default="given,model,retrieval")
    ap.add_argument("--answerer", default=None)
    ap.add_argument("--top-k", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = evaluate_gdpr(args.cases, modes=[m for m in args.modes.split(",") if m], answerer=args.answerer,
                           top_k=args.top_k)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        render_gdpr_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
