"""ShARC end-to-end evaluation of :func:`pcd.check` (issue 5).

    pcd eval sharc --data ../shared/data/sharc [--json]

Each record is checked with its rule text as the policy, its scenario, its initial
question and its dialogue history. Labels map as ShARC's scorer expects: compliant → Yes,
non_compliant → No, not_applicable → Irrelevant, undetermined → Inquire with our
``next_question`` as the follow-up. Reported: micro accuracy (all records) and macro
accuracy (mean per-class accuracy over Yes, No, Irrelevant, Inquire); BLEU-1 and BLEU-4
(sacrebleu corpus BLEU, 13a tokenisation, lower-cased) of the follow-up question over
records where gold and prediction both inquire; the same for an entailment baseline
(no tree: the whole rule text, scenario and history as premise, the user's question as
hypothesis, through our cross-encoder); where the time goes; and an error analysis that
re-runs each wrong record with oracle answers (gold history and evidence aligned to our
questions by content-word F1) and with the inverted orientation to name the stage at fault.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

CLASSES = ("Yes", "No", "Irrelevant", "Inquire")
TO_SHARC = {"compliant": "Yes", "non_compliant": "No", "not_applicable": "Irrelevant", "undetermined": "Inquire"}


def load_dev(data_path: str | Path, split: str = "dev_visible") -> list[dict[str, Any]]:
    """Raw records; history turns with malformed keys are dropped (evidence is not model input)."""
    path = Path(data_path)
    if path.is_dir():
        path = path / ("train_policies.jsonl" if split == "train" else f"{split}.json")
    text = path.read_text()
    records = [json.loads(line) for line in text.splitlines() if line.strip()] if path.suffix == ".jsonl" \
        else json.loads(text)
    for r in records:
        r["history_pairs"] = [(t["follow_up_question"], t["follow_up_answer"].strip().lower())
                              for t in r.get("history", []) if "follow_up_question" in t
                              and t.get("follow_up_answer", "").strip().lower() in ("yes", "no")]
    return records


def gold_class(answer: str) -> str:
    return answer if answer in ("Yes", "No", "Irrelevant") else "Inquire"


def accuracy(gold: list[str], pred: list[str]) -> dict[str, float]:
    per_class = {c: statistics.fmean([p == c for g, p in zip(gold, pred) if g == c]) if c in gold else None
                 for c in CLASSES}
    present = [v for v in per_class.values() if v is not None]
    return {"micro": 100 * statistics.fmean(g == p for g, p in zip(gold, pred)),
            "macro": 100 * statistics.fmean(present), **{f"acc_{c}": None if v is None else 100 * v
                                                          for c, v in per_class.items()}}


def bleu(pairs: list[tuple[str, str]]) -> dict[str, float | int]:
    """Corpus BLEU-1 and BLEU-4 of (gold, predicted) follow-up questions."""
    from sacrebleu.metrics import BLEU

    if not pairs:
        return {"bleu1": 0.0, "bleu4": 0.0, "n": 0}
    refs, hyps = [[g for g, _ in pairs]], [p for _, p in pairs]
    b1 = BLEU(max_ngram_order=1, lowercase=True).corpus_score(hyps, refs).score
    b4 = BLEU(max_ngram_order=4, lowercase=True).corpus_score(hyps, refs).score
    return {"bleu1": b1, "bleu4": b4, "n": len(pairs)}


def _predictions(results) -> tuple[list[str], list[str]]:
    """ShARC classes and follow-ups; a record pcd refused (None) counts as wrong ("Error")."""
    labels = [TO_SHARC[r.label] if r is not None else "Error" for r in results]
    follow = [r.next_question.text if r is not None and r.next_question is not None else "" for r in results]
    return labels, follow


def score(records, labels, follow) -> dict[str, Any]:
    gold = [gold_class(r["answer"]) for r in records]
    pairs = [(r["answer"], f) for r, g, p, f in zip(records, gold, labels, follow) if g == p == "Inquire"]
    return {**accuracy(gold, labels), **bleu(pairs), "predicted": dict(Counter(labels)), "gold": dict(Counter(gold))}


def evaluate_sharc(data_path: str | Path, *, split: str = "dev_visible", parser: str = "rules",
                   answerer: Any = None, limit: int | None = None, baseline: bool = True,
                   analyse: bool = True, progress: bool = True) -> dict[str, Any]:
    from pcd.check import cached_policy, check_many

    records = load_dev(data_path, split)[:limit]
    items = [{"policy": r["snippet"], "scenario": r["scenario"], "question": r["question"],
              "history": r["history_pairs"]} for r in records]
    from pcd.policy import parse_policy

    parse_policy("You can get it if you are over 65.", backend=parser)  # warm: load spaCy outside the timing
    t0 = time.perf_counter()
    for text in _progress(sorted({r["snippet"] for r in records}), "parse", progress):
        cached_policy(text, parser)
    t1 = time.perf_counter()
    results, failed = [], Counter()
    for chunk in _progress(list(_chunks(items, 64)), "check", progress):
        try:
            results += check_many(chunk, parser=parser, answerer=answerer)
        except ValueError:  # a bad record (e.g. contradictory history) must not sink its chunk
            for item in chunk:
                try:
                    results += check_many([item], parser=parser, answerer=answerer)
                except ValueError as exc:
                    failed[type(exc).__name__] += 1
                    results.append(None)
    t2 = time.perf_counter()
    labels, follow = _predictions(results)
    done = [r for r in results if r is not None]
    report: dict[str, Any] = {"split": split, "records": len(records), "parser": parser,
                              "refused": dict(failed),
                              "answerer": done[0].versions["answerer"] if done else "",
                              "pcd": score(records, labels, follow)}
    stage = Counter()
    for r in done:
        for k, v in r.timings.items():
            stage[k] += v
    total_check = t2 - t1
    stage["parse"] += t1 - t0
    report["timing"] = {
        "parse_s": stage["parse"], "relevance_s": stage["relevance"], "answer_s": stage["answer"],
        "evaluate_s": stage["evaluate"], "total_s": t2 - t0, "checks_per_s": len(records) / max(total_check, 1e-9),
        # the check's own work: everything but the models' passes (answering and relevance embeddings)
        "own_work_ratio": (t2 - t0 - stage["answer"] - stage["relevance"]) / max(t2 - t0, 1e-9),
    }
    if baseline:
        report["entailment_baseline"] = _baseline(records, progress)
    if analyse:
        report["errors"] = _analyse(records, results, labels, parser)
    return report


def _baseline(records, progress: bool) -> dict[str, Any]:
    """No tree: (rule text + scenario + history) as premise, the user's question as hypothesis."""
    from pcd.answering import answer_many

    items = []
    for r in records:
        turns = " ".join(f"Q: {q} A: {a}." for q, a in r["history_pairs"])
        items.append(([r["question"]], " ".join(x for x in (r["snippet"], r["scenario"], turns) if x)))
    answers = []
    t0 = time.perf_counter()
    for chunk in _progress(list(_chunks(items, 64)), "baseline", progress):
        answers += answer_many(chunk, answerer="cross-encoder")
    labels = [{"yes": "Yes", "no": "No", "unknown": "Inquire"}[a[0].value] for a in answers]
    out = score(records, labels, [""] * len(labels))
    out["seconds"] = time.perf_counter() - t0
    return out


def _analyse(records, results, labels, parser) -> dict[str, Any]:
    """Name the stage at fault for each wrong record (first that explains it)."""
    from pcd.check import FLIP, check
    from pcd.eval.trees import f1

    stages = Counter()
    for r, res, label in zip(records, results, labels):
        gold = gold_class(r["answer"])
        if label == gold:
            continue
        if res is None:
            stages["refused (bad record)"] += 1
            continue
        if gold == "Irrelevant" or label == "Irrelevant":
            stages["relevance"] += 1
            continue
        if res.policy.tree is None:
            stages["tree: no conditions found"] += 1
            continue
        facts = [*r["history_pairs"], *((t["follow_up_question"], t["follow_up_answer"].strip().lower())
                                        for t in r.get("evidence", []) if "follow_up_question" in t)]
        oracle = {}
        for q in res.policy.questions:
            best = max(facts, key=lambda f: f1(q.text, f[0]), default=None)
            if best and f1(q.text, best[0]) >= 0.5 and best[1] in ("yes", "no"):
                oracle[q.id] = best[1]
        fixed = check(res.policy, r["scenario"], question=r["question"], answers=oracle, relevance=False,
                      answerer="history")
        fixed_label = TO_SHARC[fixed.label]
        if fixed_label == gold:
            hist_only = {k: v for k, v in oracle.items()
                         if any(f1(res.policy.questions[int(k[1:]) - 1].text if k[1:].isdigit() else "", q) >= 0.5
                                for q, _ in r["history_pairs"])}
            stages["answer: history matching" if hist_only and any(
                a.question.id in hist_only and a.value != hist_only[a.question.id] for a in res.answers)
                   else "answer: scenario"] += 1
        elif TO_SHARC.get(FLIP.get(fixed.label, fixed.label)) == gold:
            stages["orientation"] += 1
        else:
            stages["tree"] += 1
    return dict(stages.most_common())


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _progress(items, label, enabled):
    if not enabled:
        return items
    from rich.progress import track

    return track(items, description=label, console=_stderr_console(), transient=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def render_sharc_report(report: dict[str, Any], console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(title=f"ShARC {report['split']}: {report['records']} records "
                        f"(parser {report['parser']}, answerer {report['answerer']})")
    for col in ("system", "micro", "macro", "Yes", "No", "Irrelevant", "Inquire", "BLEU-1", "BLEU-4", "n inquire"):
        table.add_column(col, justify="right")
    for name, key in (("pcd (tree + answers)", "pcd"), ("entailment baseline", "entailment_baseline")):
        s = report.get(key)
        if not s:
            continue
        cells = [f"{s['micro']:.1f}", f"{s['macro']:.1f}"] + [
            "-" if s[f"acc_{c}"] is None else f"{s[f'acc_{c}']:.1f}" for c in CLASSES]
        table.add_row(name, *cells, f"{s['bleu1']:.1f}", f"{s['bleu4']:.1f}", str(s["n"]))
    console.print(table)
    if report.get("refused"):
        console.print(f"records refused with an error (counted wrong): {report['refused']}")
    t = report["timing"]
    console.print(f"time: parse {t['parse_s']:.2f}s, relevance {t['relevance_s']:.2f}s, answering "
                  f"{t['answer_s']:.2f}s, evaluation {t['evaluate_s']:.2f}s; total {t['total_s']:.1f}s, "
                  f"{t['checks_per_s']:.1f} checks/s; own work (not model passes) {100 * t['own_work_ratio']:.1f}% "
                  f"of the total")
    if "errors" in report:
        console.print("errors by stage: " + ", ".join(f"{k} {v}" for k, v in report["errors"].items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="ShARC end-to-end evaluation of pcd.check")
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--split", default="dev_visible")
    ap.add_argument("--parser", default="rules")
    ap.add_argument("--answerer", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = evaluate_sharc(args.data, split=args.split, parser=args.parser, answerer=args.answerer,
                            limit=args.limit, baseline=not args.no_baseline)
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        render_sharc_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
