"""Answering yes / no / unknown questions against a scenario (issue 4).

    >>> from pcd.answering import answer
    >>> answer(["Are you over 65?"], "I am 70 years old.")[0].value   # doctest: +SKIP
    'yes'

Answerers are named (``list_answerers()``): ``history`` (prior answers), ``cross-encoder``
(default; our fine-tuned MiniLM), ``nli`` (a local NLI model dir), ``lm`` (constrained
SmolLM2), and the baselines ``majority`` and ``similarity``.
"""

from pcd.answering.api import DEFAULT_CHAIN, answer, answer_many, resolve_answerer
from pcd.answering.base import Answerer, Chain
from pcd.answering.registry import get_answerer, list_answerers, register_answerer
from pcd.answering.types import Answer, ConflictingAnswersError, Evidence, UnknownAnswererError

__all__ = [
    "answer",
    "answer_many",
    "Answer",
    "Evidence",
    "Answerer",
    "Chain",
    "ConflictingAnswersError",
    "UnknownAnswererError",
    "register_answerer",
    "get_answerer",
    "list_answerers",
    "resolve_answerer",
    "DEFAULT_CHAIN",
]
