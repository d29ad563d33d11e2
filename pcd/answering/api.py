"""``answer`` and ``answer_many``: the public entry points."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from pcd.answering.base import Answerer, Chain
from pcd.answering.history import HistoryAnswerer, normalize_history
from pcd.answering.registry import get_answerer
from pcd.answering.types import Answer, Evidence

__all__ = ["answer", "answer_many", "resolve_answerer", "DEFAULT_CHAIN"]

DEFAULT_CHAIN = ("history", "ages", "quantities", "counts", "measures", "places", "dates", "elapsed", "durations",
                 "times", "rates", "amounts", "sequence", "possession", "untouched", "undone", "sharing", "consent",
                 "accompanied", "bereavement", "disability", "cross-encoder")


def _question_text(q: Any, i: int) -> str:
    if isinstance(q, str):
        text = q
    elif hasattr(q, "text") and isinstance(getattr(q, "text"), str):
        text = q.text
    else:
        raise TypeError(f"question {i} must be a str or have a str .text attribute, got {type(q).__name__}: {q!r}")
    if not text.strip():
        raise ValueError(f"question {i} is empty")
    return text


def _questions(questions: Any) -> list[str]:
    if isinstance(questions, (str, bytes)) or hasattr(questions, "text"):
        raise TypeError("questions must be a list of questions, not a single question; wrap it in a list")
    if not isinstance(questions, Iterable):
        raise TypeError(f"questions must be a list of str or Question objects, got {type(questions).__name__}")
    return [_question_text(q, i) for i, q in enumerate(questions)]


def resolve_answerer(answerer: Any = None) -> Answerer:
    """None -> the default chain (``DEFAULT_CHAIN``: prior answers, the rule-based answerers, the cross-encoder).
    A name or an Answerer that is a scenario model gets the history answerer in front of it, so prior answers
    always come first; "history" alone, a Chain, or a list of names/answerers is used as given."""
    if answerer is None:
        return Chain([get_answerer(n) for n in DEFAULT_CHAIN])
    if isinstance(answerer, (list, tuple)):
        return Chain([get_answerer(a) if isinstance(a, str) else a for a in answerer])
    if isinstance(answerer, str):
        answerer = get_answerer(answerer)
    if not isinstance(answerer, Answerer):
        raise TypeError(f"answerer must be None, a registered name, an Answerer or a list of them, got {type(answerer).__name__}")
    if isinstance(answerer, (Chain, HistoryAnswerer)):
        return answerer
    return Chain([get_answerer("history"), answerer])


def _finish(questions: list[str], got: list[Answer | None]) -> list[Answer]:
    out = []
    for q, a in zip(questions, got):
        out.append(a if a is not None else Answer(q, "unknown", 1.0, Evidence(), "none"))
    return out


def answer(questions: Sequence[Any], scenario: str, *, history: Any = None, answerer: Any = None) -> list[Answer]:
    """Answer each question yes / no / unknown from prior answers (``history``: (question,
    "yes"/"no") turns) and the free-text ``scenario``; one :class:`Answer` per question, in order.

    >>> answer(["Are you over 65?"], "I am 70 years old.")[0].value  # doctest: +SKIP
    'yes'
    """
    return answer_many([(questions, scenario, history)], answerer=answerer)[0]


def answer_many(items: Iterable[Any], *, answerer: Any = None) -> list[list[Answer]]:
    """Batch over many scenarios: ``items`` are (questions, scenario) or (questions, scenario,
    history) tuples, or dicts with those keys. All pairs go to the model in one batched call."""
    norm = []
    for k, item in enumerate(items):
        if isinstance(item, dict):
            qs, sc, hist = item.get("questions"), item.get("scenario"), item.get("history")
        elif isinstance(item, (tuple, list)) and len(item) in (2, 3):
            qs, sc, hist = item[0], item[1], (item[2] if len(item) == 3 else None)
        else:
            raise TypeError(f"item {k} must be (questions, scenario[, history]) or a dict, got {item!r}")
        if sc is None:
            sc = ""
        if not isinstance(sc, str):
            raise TypeError(f"scenario must be a str, got {type(sc).__name__}")
        norm.append((_questions(qs), sc, normalize_history(hist)))
    if not norm or all(not q for q, _s, _h in norm):
        return [[] for _ in norm]
    chain = resolve_answerer(answerer)
    results = chain.answer_many(norm)
    return [_finish(q, r) for (q, _s, _h), r in zip(norm, results)]
