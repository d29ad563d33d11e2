"""Prior answers: questions the user already answered.

An exact match (case, spacing and end punctuation ignored) always wins. Otherwise a prior
question whose all-MiniLM-L6-v2 embedding has cosine >= ``PARAPHRASE_THRESHOLD`` with the
asked question answers it (the most similar one). Two prior answers that disagree on one
question raise :class:`ConflictingAnswersError` naming both turns.

``PARAPHRASE_THRESHOLD`` = 0.90 was measured with ``pcd.eval.qa.measure_paraphrase_threshold``
(table in ``corpora/qa/README.md``): on 759 pairs of *different* questions of one ShARC-train
dialog tree (hard negatives: same topic, different condition), 12 reach 0.90 after the
lexical guards of :func:`compatible` -- 9 of them the same question spelled twice, 3 (0.4%)
really different -- while 30% of 40 hand-written paraphrases (``corpora/qa/paraphrases.tsv``)
still match. Precision is preferred: a missed paraphrase falls through to the scenario
model, a wrong match silently reuses a wrong answer.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

import numpy as np

from pcd.answering.base import Answerer
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer, ConflictingAnswersError, Evidence
from pcd.datasets.sharc import normalize_question

__all__ = ["HistoryAnswerer", "PARAPHRASE_THRESHOLD", "normalize_history", "compatible"]

PARAPHRASE_THRESHOLD = 0.90
SCOPED_THRESHOLD = 0.60

_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_NEG = re.compile(r"\b(not|no|never|without|none|nobody|neither|nor|cannot)\b|n't\b", re.I)
_CMP = frozenset("over under more less fewer before after least most above below older younger earlier later "
                 "exceed exceeds than within until".split())


# a document's format in brackets ("form PHAR 3 (PDF, 1.22MB, 4 pages)") says nothing about the question
_FILE_ASIDE = re.compile(r"\s*\((?:PDF|HTML|ODT|MS Word|Word|Excel|CSV)\b[^()]*\)", re.I)


def compatible(q1: str, q2: str) -> bool:
    """Guards that embeddings miss: paraphrases must share their numbers, comparison words
    (over/under, before/after, ...), negation parity and the order of capitalised names
    ("EU national living in the UK" is not "UK national living in the EU"). A bracketed file
    format ("(PDF, 1.22MB, 4 pages)") is ignored."""
    a, b = _FILE_ASIDE.sub("", q1.replace("\u2019", "'")), _FILE_ASIDE.sub("", q2.replace("\u2019", "'"))
    if set(_NUM.findall(a)) != set(_NUM.findall(b)):
        return False
    if len(_NEG.findall(a)) % 2 != len(_NEG.findall(b)) % 2:
        return False
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    if wa & _CMP != wb & _CMP:
        return False
    ca = [w for w in re.findall(r"\b[A-Z][A-Za-z]*\b", a)[1:] if len(w) > 1]
    cb = [w for w in re.findall(r"\b[A-Z][A-Za-z]*\b", b)[1:] if len(w) > 1]
    if sorted(ca) == sorted(cb) and ca != cb:
        return False
    # named things (capitalised words after the first) must be the same set:
    # "Maternity Allowance" is not "Statutory Maternity Pay"
    if {w.lower() for w in ca} != {w.lower() for w in cb}:
        return False
    return True


def _same_facts(q1: str, q2: str) -> bool:
    """The lexical guards of :func:`compatible` without the named-things rule."""
    a, b = q1.replace("\u2019", "'"), q2.replace("\u2019", "'")
    wa, wb = set(re.findall(r"[a-z]+", a.lower())), set(re.findall(r"[a-z]+", b.lower()))
    return (set(_NUM.findall(a)) == set(_NUM.findall(b)) and wa & _CMP == wb & _CMP
            and len(_NEG.findall(a)) % 2 == len(_NEG.findall(b)) % 2)


def normalize_history(history: Any) -> list[tuple[str, str]]:
    """[(question, "yes"|"no")] from tuples, dicts (ShARC ``follow_up_*`` keys or
    question/answer) or objects with ``.question``/``.answer``; raises TypeError/ValueError."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not hasattr(history, "__iter__"):
        raise TypeError(f"history must be a sequence of (question, answer) turns, got {type(history).__name__}")
    out = []
    for i, turn in enumerate(history):
        if isinstance(turn, dict):
            q = turn.get("question", turn.get("follow_up_question"))
            a = turn.get("answer", turn.get("follow_up_answer"))
        elif isinstance(turn, (tuple, list)) and len(turn) == 2:
            q, a = turn
        elif hasattr(turn, "question") and hasattr(turn, "answer"):
            q, a = turn.question, turn.answer
        else:
            raise TypeError(f"history turn {i} must be a (question, answer) pair, got {turn!r}")
        if hasattr(q, "text"):
            q = q.text
        if not isinstance(q, str) or not q.strip():
            raise TypeError(f"history turn {i}: question must be a non-empty str, got {q!r}")
        if isinstance(a, bool):
            a = "yes" if a else "no"
        if not isinstance(a, str) or a.strip().lower() not in ("yes", "no"):
            raise ValueError(f"history turn {i}: answer must be 'yes' or 'no', got {a!r}")
        out.append((q, a.strip().lower()))
    return out


@register_answerer("history")
class HistoryAnswerer(Answerer):
    """Answers from prior turns; abstains (None) on questions the history does not cover."""

    name = "history"

    def __init__(self, threshold: float = PARAPHRASE_THRESHOLD, paraphrase: bool = True,
                 scoped_threshold: float | None = SCOPED_THRESHOLD):
        self.threshold = threshold
        self.paraphrase = paraphrase
        self.scoped_threshold = scoped_threshold

    @staticmethod
    def _exact_index(history: list[tuple[str, str]]) -> dict[str, tuple[int, str, str]]:
        index: dict[str, tuple[int, str, str]] = {}
        for i, (q, a) in enumerate(history):
            key = normalize_question(q)
            if key in index and index[key][2] != a:
                raise ConflictingAnswersError(q, index[key], (i, q, a))
            index.setdefault(key, (i, q, a))
        return index

    def answer_batch(self, questions: Sequence[str], scenario: str = "", history: Any = ()) -> list[Answer | None]:
        hist = normalize_history(history)
        out: list[Answer | None] = [None] * len(questions)
        if not hist:
            return out
        index = self._exact_index(hist)
        rest = []
        for j, q in enumerate(questions):
            hit = index.get(normalize_question(q))
            if hit is not None:
                out[j] = Answer(q, hit[2], 1.0, Evidence("history", hit[1], None, hit[0]), self.name)
            else:
                rest.append(j)
        if rest and self.paraphrase:
            from pcd.answering.embed import embed

            prior = list(index.values())
            sims = embed([questions[j] for j in rest]) @ embed([p[1] for p in prior]).T
            for r, j in enumerate(rest):
                above = [k for k in np.argsort(-sims[r])
                         if sims[r, k] >= self.threshold and compatible(questions[j], prior[k][1])]
                if not above:
                    continue
                best = prior[above[0]]
                for k in above[1:]:
                    if prior[k][2] != best[2]:
                        raise ConflictingAnswersError(questions[j], best, prior[k])
                conf = float(min(1.0, max(0.0, sims[r, above[0]])))
                out[j] = Answer(questions[j], best[2], conf, Evidence("history", best[1], None, best[0]), self.name)
            if self.scoped_threshold is not None:
                self._scoped(questions, out, prior, rest, sims)
        return out

    def _scoped(self, questions, out, prior, rest, sims) -> None:
        """Within one batch the questions are one policy's and the turns answer that policy's
        follow-ups, worded by someone else. A turn and a question that are each other's best
        match (cosine >= ``scoped_threshold``, same numbers, comparison words and negation
        parity) answer each other, whatever other wording the policy's parser chose."""
        used = {a.evidence.turn for a in out if a is not None}
        open_rows = [r for r, j in enumerate(rest) if out[j] is None]
        for r in open_rows:
            j, k = rest[r], int(np.argmax(sims[r]))
            turn, text, value = prior[k]
            if turn in used or sims[r, k] < self.scoped_threshold or int(np.argmax(sims[:, k])) != r:
                continue
            if not _same_facts(questions[j], text):
                continue
            used.add(turn)
            out[j] = Answer(questions[j], value, float(min(1.0, sims[r, k])), Evidence("history", text, None, turn),
                            self.name)
