"""HIPAA checks: the reviewed HIPAA pack (``corpora/trees/hipaa.json``) applied to a scenario.

    >>> from pcd import hipaa
    >>> hipaa.provision_ids()[:2]  # doctest: +ELLIPSIS
    [...]
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .packs import Pack, load_pack
from .regulation import RegulationResult, check_regulation, check_regulation_many

__all__ = ["NAME", "check", "check_many", "pack", "provision_ids"]

NAME = "hipaa"


def check(scenario: str = "", *, provisions: Sequence[str] | None = None, answers: Mapping[str, Any] | None = None,
          answerer: Any = None, top_k: int | None = None, min_relevance: float | None = None,
          retrieval: str | bool | None = None, na_gate: bool = True) -> RegulationResult:
    """Which HIPAA provisions apply to ``scenario``, is it compliant, which clauses say so, what is missing.

    ``provisions``: provision ids or clause ids inside them; None ranks the pack by relevance
    and checks the ``top_k`` most relevant. ``answers``: ``{question id: "yes"|"no"|"unknown"}``
    or ``{provision id: {question id: value}}``. ``answerer``: as for :func:`pcd.answer`.
    """
    return check_regulation(NAME, scenario, provisions=provisions, answers=answers, answerer=answerer, top_k=top_k,
                            min_relevance=min_relevance, retrieval=retrieval, na_gate=na_gate)


def check_many(scenarios: Sequence[str], *, provisions: Sequence[str] | None = None,
               answers: Sequence[Mapping[str, Any] | None] | None = None, answerer: Any = None,
               top_k: int | None = None, min_relevance: float | None = None, retrieval: str | bool | None = None,
               na_gate: bool = True) -> list[RegulationResult]:
    """:func:`check` over many scenarios with one retrieval and one answering pass."""
    return check_regulation_many(NAME, scenarios, provisions=provisions, answers=answers, answerer=answerer,
                                 top_k=top_k, min_relevance=min_relevance)


def pack() -> Pack:
    return load_pack(NAME)


def provision_ids() -> list[str]:
    return load_pack(NAME).ids
