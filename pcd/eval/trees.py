"""Measure a parsing backend against ShARC's gold dialog trees (``dialog_trees.jsonl``).

For each policy (rule snippet) the backend parses the snippet alone; then:

* **Alignment.** Each predicted question is aligned to the gold question with the highest
  content-word F1, if that F1 is at least :data:`ALIGN_THRESHOLD` (0.5). Several predicted
  questions may align to one gold question. Content words: lower-cased ``[a-z0-9]+`` runs,
  curly quotes folded, minus :data:`STOPWORDS` (articles, pronouns, auxiliaries, common
  prepositions and conjunctions, question words), each reduced by a crude suffix lemmatiser
  (:func:`lemma`: ``-ies``→``y``, ``-es``/``-s`` plural, ``-ing``, ``-ed`` on words over four letters).
* **Equivalent on all gold paths.** For every root-to-leaf path of the gold dialog tree
  (``trees.dialog_paths``), each predicted question gets its aligned gold question's answer on
  that path (unknown when unaligned or off the path); the predicted tree is evaluated with
  Kleene logic (``trees.evaluate``). The policy counts as equivalent when every path's value
  equals the path's final answer (Yes = True), or when every path's value is its inverse
  (orientation is free: "Can I …?" vs "Am I barred …?"). "No conditions found" is never equivalent.
* **Question precision / recall.** Precision: aligned predicted questions / predicted questions.
  Recall: gold questions with at least one aligned predicted question / gold questions (micro).
* **BLEU-1 / BLEU-4.** Corpus BLEU (sacrebleu, ``13a`` tokenisation, lower-cased) of, for each gold
  question, its best-F1 predicted question (empty when the policy got none) against the gold
  question as the single reference.
* **Parse time.** Wall time of ``parse_policy`` per policy after one warm-up parse, median and p95.

Run: ``python -m pcd.eval.trees --data PATH/sharc [--split train|dev_visible] [--backend rules] [--json]``.
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

import trees

from ..parsing.words import STOPWORDS, content_f1, content_words, lemma  # noqa: F401 - documented here

ALIGN_THRESHOLD = 0.5
f1 = content_f1  # content-word F1 of two questions (bag of lemmas)


def align(predicted: list[tuple[str, str]], gold: dict[str, str]) -> dict[str, tuple[str, float]]:
    """Predicted id -> (best gold id, F1); only pairs at or above the threshold."""
    out = {}
    for pid, ptext in predicted:
        scored = sorted(((f1(ptext, gtext), gid) for gid, gtext in gold.items()), key=lambda x: (-x[0], x[1]))
        if scored and scored[0][0] >= ALIGN_THRESHOLD:
            out[pid] = (scored[0][1], scored[0][0])
    return out


def equivalent_on_paths(pred_tree, alignment: dict[str, str], paths) -> tuple[bool, str]:
    """(equivalent, orientation) where orientation is "same", "inverse" or ""."""
    same = inverse = True
    for assignment, answer in paths:
        values = {pid: assignment.get(gid) for pid, gid in alignment.items()}
        value = trees.evaluate(pred_tree, values)
        want = answer == "Yes"
        same &= value is want
        inverse &= value is (not want)
        if not (same or inverse):
            return False, ""
    return True, "same" if same else "inverse"


def _dialog_file(data_path: str | Path) -> Path:
    p = Path(data_path)
    if p.is_dir():
        p = p / "dialog_trees.jsonl"
    if not p.is_file():
        raise FileNotFoundError(f"no dialog_trees.jsonl at {data_path}: pass the ShARC data folder or the file")
    return p


def load_gold(data_path: str | Path, split: str) -> list[dict[str, Any]]:
    rows = []
    with _dialog_file(data_path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if row.get("split") == split:
                    rows.append(row)
    if not rows:
        raise ValueError(f"no policies of split {split!r} in {data_path}")
    return rows


def _gold_kind(gold_tree) -> str:
    qs = trees.questions(gold_tree)
    ids = [q.id for q in qs]
    _, table = trees.truth_table(gold_tree, ids)
    full = (1 << (1 << len(ids))) - 1
    return "constant" if table in (0, full) else ""


def evaluate_trees(data_path: str | Path, split: str = "dev_visible", backend: str = "rules",
                   limit: int | None = None, use_question: bool = False, **options: Any) -> dict[str, Any]:
    """Parse every policy of ``split`` with ``backend`` and score against the gold trees (module docstring).

    With ``use_question`` the ShARC user question is passed to ``parse_policy(question=...)``
    (question-focused parsing); by default the snippet alone is parsed.
    """
    from sacrebleu.metrics import BLEU

    from ..policy import parse_policy

    if split not in ("train", "dev_visible"):
        raise ValueError(f"split must be 'train' or 'dev_visible', got {split!r}")
    rows = load_gold(data_path, split)
    if limit is not None:
        rows = rows[:limit]
    parse_policy(rows[0]["snippet"], policy_id="warmup", backend=backend, **options)  # warm (models, caches)
    times, per_policy = [], []
    n_pred = n_pred_aligned = n_gold = n_gold_hit = 0
    hyps, refs = [], []
    failures: Counter = Counter()
    for row in rows:
        gold_tree = trees.from_dialog_tree(row["tree"], policy_id=row["tree_id"])
        gold_q = {q.id: q.text for q in trees.questions(gold_tree)}
        paths = list(trees.dialog_paths(row["tree"]))
        t0 = time.perf_counter()
        error = None
        try:
            policy = parse_policy(row["snippet"], policy_id=row["tree_id"], backend=backend,
                                  question=row.get("question") if use_question else None, **options)
        except Exception as exc:  # noqa: BLE001 - an evaluation records, never stops
            policy, error = None, f"{type(exc).__name__}: {exc}"
        times.append(time.perf_counter() - t0)
        predicted = [(q.id, q.text) for q in policy.questions] if policy is not None else []
        aligned = align(predicted, gold_q)
        n_pred += len(predicted)
        n_pred_aligned += len(aligned)
        n_gold += len(gold_q)
        hit = {gid for gid, _ in aligned.values()}
        n_gold_hit += len(hit)
        for gid, gtext in gold_q.items():
            best = max(predicted, key=lambda pq: f1(pq[1], gtext), default=None)
            hyps.append(best[1] if best else "")
            refs.append(gtext)
        if policy is not None and policy.tree is not None:
            ok, orient = equivalent_on_paths(policy.tree, {p: g for p, (g, _) in aligned.items()}, paths)
        else:
            ok, orient = False, ""
        reason = ""
        if not ok:
            if error:
                reason = "error"
            elif policy.tree is None:
                reason = "no conditions found"
            elif _gold_kind(gold_tree) == "constant":
                reason = "gold answer is constant (annotation noise)"
            elif len(hit) < len(gold_q):
                reason = "gold question not matched"
            elif len(aligned) < len(predicted):
                reason = "extra predicted question"
            else:
                reason = "wrong logic (all questions aligned)"
            failures[reason] += 1
        per_policy.append({
            "tree_id": row["tree_id"], "equivalent": ok, "orientation": orient, "failure": reason,
            "error": error, "predicted": policy.linear if policy is not None else None,
            "predicted_questions": [t for _, t in predicted], "gold": trees.dumps(gold_tree),
            "gold_questions": list(gold_q.values()),
            "alignment": {p: [g, round(s, 3)] for p, (g, s) in aligned.items()},
            "seconds": round(times[-1], 4),
        })
    n = len(rows)
    eq = sum(p["equivalent"] for p in per_policy)
    bleu1 = BLEU(lowercase=True, tokenize="13a", max_ngram_order=1).corpus_score(hyps, [refs]).score
    bleu4 = BLEU(lowercase=True, tokenize="13a").corpus_score(hyps, [refs]).score
    ms = sorted(t * 1000 for t in times)
    return {
        "split": split, "backend": backend, "use_question": use_question, "policies": n, "equivalent": eq,
        "equivalent_pct": round(100 * eq / n, 1),
        "question_precision": round(n_pred_aligned / n_pred, 3) if n_pred else 0.0,
        "question_recall": round(n_gold_hit / n_gold, 3) if n_gold else 0.0,
        "predicted_questions": n_pred, "gold_questions": n_gold,
        "bleu1": round(bleu1, 1), "bleu4": round(bleu4, 1),
        "parse_ms_median": round(statistics.median(ms), 1),
        "parse_ms_p95": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 1),
        "no_conditions": sum(1 for p in per_policy if p["failure"] == "no conditions found"),
        "errors": sum(1 for p in per_policy if p["error"]),
        "failures": dict(failures.most_common()),
        "align_threshold": ALIGN_THRESHOLD,
        "per_policy": per_policy,
    }


def render_trees_report(report: dict[str, Any], console=None) -> None:
    """Print the summary (rich console if given, else stdout)."""
    lines = [
        f"pcd eval trees — backend {report['backend']!r}, split {report['split']!r}, {report['policies']} policies"
        + (" (question-focused)" if report.get("use_question") else ""),
        f"  equivalent on all gold paths: {report['equivalent']}/{report['policies']} ({report['equivalent_pct']}%)",
        f"  questions: precision {report['question_precision']:.3f}, recall {report['question_recall']:.3f} "
        f"({report['predicted_questions']} predicted, {report['gold_questions']} gold; content-word F1 ≥ "
        f"{report['align_threshold']})",
        f"  BLEU-1 {report['bleu1']}, BLEU-4 {report['bleu4']} (gold question vs best-aligned predicted)",
        f"  parse time per policy: median {report['parse_ms_median']} ms, p95 {report['parse_ms_p95']} ms (warm)",
        f"  no conditions found: {report['no_conditions']}, errors: {report['errors']}",
        "  failures: " + (", ".join(f"{k} {v}" for k, v in report["failures"].items()) or "none"),
    ]
    out = "\n".join(lines)
    if console is not None:
        console.print(out, markup=False, highlight=False)
    else:
        print(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pcd.eval.trees", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="ShARC data folder (with dialog_trees.jsonl) or the file")
    ap.add_argument("--split", default="dev_visible", choices=["train", "dev_visible"])
    ap.add_argument("--backend", default="rules")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--use-question", action="store_true",
                    help="pass each policy's ShARC user question to parse_policy(question=...)")
    ap.add_argument("--json", action="store_true", help="print the full report (with per-policy rows) as JSON")
    args = ap.parse_args(argv)
    report = evaluate_trees(args.data, split=args.split, backend=args.backend, limit=args.limit,
                            use_question=args.use_question)
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        render_trees_report(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
