"""The answerer protocol and the chain that composes answerers."""

from __future__ import annotations

from typing import Sequence

from pcd.answering.couples import combined, split_couple
from pcd.answering.text import sentences
from pcd.answering.types import DECIDED_CONFIDENCE, Answer, Evidence

__all__ = ["Answerer", "Chain", "HistoryTurn", "GivenTurn", "decided", "agreed", "each_asked", "sentences_agree"]


HistoryTurn = tuple[str, str]  # (question text, "yes" | "no")


class GivenTurn(tuple):
    """A history turn that is the user's answer to one of the policy's own questions, given by id
    (``pcd.check(..., answers=...)``). It informs other questions as any prior answer does, but it is already
    placed: no rule may take it for another question's answer worded by someone else. It unpacks as a
    (question, answer) turn; ``key`` names it as the user gave it (``"answers['q1']"``), for error messages."""

    key: str

    def __new__(cls, question: str, answer: str, key: str = "") -> "GivenTurn":
        turn = super().__new__(cls, (question, answer))
        turn.key = key
        return turn

    def __getnewargs__(self) -> tuple[str, str, str]:  # pickling (pcd batch workers)
        return self[0], self[1], self.key


def decided(question: str, holds: bool | None, sentence: str, span: tuple[int, int], answerer: str) -> Answer | None:
    """The answer of a rule-based answerer (``ages``, ``quantities``, ``places``, ``dates``) that read ``sentence``:
    "yes" or "no" as ``holds`` says, or None (abstain) when it could not decide.

    >>> decided("Are you over 65?", True, "I am 70.", (0, 8), "ages").value, decided("Q?", None, "", (0, 0), "x")
    ('yes', None)
    """
    if holds is None:
        return None
    return Answer(question, "yes" if holds else "no", DECIDED_CONFIDENCE, Evidence("scenario", sentence, span), answerer)


def each_asked(questions: Sequence[str], scenario: str, read, decide) -> list[Answer | None]:
    """The loop of a rule answerer that knows one form of question: ``decide(question, asked)`` for each question
    that ``read`` recognises (``asked`` is what it read, not None) when there is a scenario; None (abstain) for the rest.

    >>> each_asked(["Q1?", "Q2?"], "S.", lambda q: q[1] if q == "Q1?" else None, lambda q, n: n)
    ['1', None]
    """
    return [decide(q, asked) if scenario and (asked := read(q)) is not None else None for q in questions]


def agreed(question: str, readings, answerer: str) -> Answer | None:
    """The answer every sentence that says something agrees on, citing the first; None when none says anything or
    two disagree. ``readings``: (holds, sentence, span) per sentence, ``holds`` None where it says nothing.

    >>> agreed("Is it unused?", [(None, "A.", (0, 2)), (False, "I used it.", (3, 13))], "x").value
    'no'
    >>> agreed("Is it unused?", [(True, "A.", (0, 2)), (False, "B.", (3, 5))], "x") is None
    True
    """
    read = [r for r in readings if r[0] is not None]
    if not read or len({r[0] for r in read}) != 1:
        return None
    holds, sentence, span = read[0]
    return decided(question, holds, sentence, span, answerer)


def sentences_agree(questions: Sequence[str], scenario: str, asked, said, answerer: str) -> list[Answer | None]:
    """The answers of a rule answerer that reads sentence by sentence: for each question, what ``asked`` makes of it
    (None: not this answerer's question, abstain) and the answer every sentence agrees on, ``said(sentence, what
    was asked)`` giving True / False / None per sentence (see :func:`agreed`).

    >>> said = lambda sentence, word: False if word in sentence else None
    >>> [a.value if a else None for a in sentences_agree(["Is it new?", "Other?"], "It is used.",
    ...                                                  lambda q: "used" if "new" in q else None, said, "x")]
    ['no', None]
    """
    read = sentences(scenario) if scenario else []
    out: list[Answer | None] = []
    for q in questions:
        what = asked(q) if read else None
        out.append(agreed(q, [(said(sent, what), sent, span) for sent, span in read], answerer)
                   if what is not None else None)
    return out


class Answerer:
    """Base class. ``answer_batch`` returns one ``Answer`` or ``None`` (abstain: let the next
    answerer of a chain decide) per question, in order. Scenario models never abstain.
    ``answer_many`` answers many (questions, scenario, history) items; models override it to
    batch across scenarios."""

    name = "answerer"

    def answer_batch(
        self, questions: Sequence[str], scenario: str, history: Sequence[HistoryTurn] = ()
    ) -> list[Answer | None]:
        raise NotImplementedError

    def answer_many(
        self, items: Sequence[tuple[Sequence[str], str, Sequence[HistoryTurn]]]
    ) -> list[list[Answer | None]]:
        return [self.answer_batch(q, s, h) for q, s, h in items]


class Chain(Answerer):
    """Ask each answerer in turn; a question goes to the next one only while unanswered."""

    def __init__(self, answerers: Sequence[Answerer]):
        if not answerers:
            raise ValueError("a chain needs at least one answerer")
        self.answerers = list(answerers)
        self.name = "+".join(a.name for a in self.answerers)

    def answer_many(self, items):
        # a couple's question is asked once more for each of them (see pcd.answering.couples)
        splits = [[split_couple(q) for q in qs] for qs, _s, _h in items]
        if any(any(sp) for sp in splits):
            wide = [([*qs, *(x for sp in split if sp for x in sp)], s, h) for (qs, s, h), split in zip(items, splits)]
            out = []
            for (qs, _s, _h), split, got in zip(items, splits, self._answer_each(wide)):
                extra = iter(got[len(qs):])
                out.append([combined(a, next(extra), next(extra)) if sp and a is not None else a
                            for a, sp in zip(got[:len(qs)], split)])
            return out
        return self._answer_each(items)

    def _answer_each(self, items):
        results: list[list[Answer | None]] = [[None] * len(q) for q, _s, _h in items]
        for ans in self.answerers:
            todo = []  # (item index, [question indexes])
            sub_items = []
            for i, (qs, s, h) in enumerate(items):
                idx = [j for j, r in enumerate(results[i]) if r is None]
                if idx:
                    todo.append((i, idx))
                    sub_items.append(([qs[j] for j in idx], s, h))
            if not sub_items:
                break
            for (i, idx), got in zip(todo, ans.answer_many(sub_items)):
                for j, a in zip(idx, got):
                    results[i][j] = a
        return results

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
