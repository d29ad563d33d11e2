"""Baselines for the QA evaluation: ``majority`` and ``similarity``."""

from __future__ import annotations

import numpy as np

from pcd.answering.base import Answerer
from pcd.answering.registry import register_answerer
from pcd.answering.statements import to_statement
from pcd.answering.text import sentences
from pcd.answering.types import Answer, Evidence

__all__ = ["MajorityAnswerer", "SimilarityAnswerer"]


@register_answerer("majority")
class MajorityAnswerer(Answerer):
    """Always the majority label of the ShARC-train pairs ("unknown": 1,281 of 1,844)."""

    name = "majority"

    def __init__(self, value: str = "unknown"):
        self.value = value

    def answer_batch(self, questions, scenario, history=()):
        return [Answer(q, self.value, 1.0, Evidence(), self.name) for q in questions]


@register_answerer("similarity")
class SimilarityAnswerer(Answerer):
    """Untrained embedding similarity (all-MiniLM-L6-v2).

    The question is rewritten as a statement and its negation; each is compared by cosine
    with every scenario sentence. Best cosine below ``threshold`` -> unknown; otherwise
    yes if the statement is closer than the negation (by more than ``margin``), else no.
    The default threshold 0.45 is a round guess, not tuned (``pcd.eval.qa.tune_similarity``
    grid-searches it on ShARC-train pairs, never dev; that search was not run to the end).
    """

    name = "similarity"

    def __init__(self, threshold: float = 0.45, margin: float = 0.0):
        self.threshold = threshold
        self.margin = margin

    def answer_many(self, items):
        from pcd.answering.embed import embed

        texts: list[str] = []
        plan = []
        for qs, s, _h in items:
            sents = sentences(s) if s.strip() else []
            s0 = len(texts)
            texts += [t for t, _ in sents]
            qplan = []
            for q in qs:
                pos = to_statement(q, "yes") or q
                neg = to_statement(q, "no") or ("Not: " + q)
                qplan.append((len(texts), len(texts) + 1))
                texts += [pos, neg]
            plan.append((s0, sents, qplan))
        E = embed(texts)
        out = []
        for (qs, s, _h), (s0, sents, qplan) in zip(items, plan):
            answers = []
            S = E[s0 : s0 + len(sents)]
            for q, (ip, ineg) in zip(qs, qplan):
                if not sents:
                    answers.append(Answer(q, "unknown", 1.0, Evidence(), self.name))
                    continue
                sp, sn = S @ E[ip], S @ E[ineg]
                best = float(max(sp.max(), sn.max()))
                if best < self.threshold:
                    answers.append(Answer(q, "unknown", float(np.clip(1 - best, 0, 1)), Evidence(), self.name))
                    continue
                value = "yes" if sp.max() >= sn.max() + self.margin else "no"
                k = int(np.argmax(sp if value == "yes" else sn))
                answers.append(Answer(q, value, float(np.clip(best, 0, 1)), Evidence("scenario", sents[k][0], sents[k][1]), self.name))
            out.append(answers)
        return out

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
