"""Parsing backends behind one interface, selected by name.

    >>> {"rules", "lm", "lm-tuned", "rules+lm-tuned"} <= set(available_backends())
    True

A backend is a class with ``name`` and ``parse(text, policy_id, question=None) -> Policy``; register it with
:func:`register_backend`. Every backend emits its tree through :mod:`pcd.parsing.decoding`.
"""

from __future__ import annotations

from typing import Any, Callable

from ..policy import NO_CONDITIONS, PARSED, Policy, PolicyParseError

_REGISTRY: dict[str, Callable[..., Any]] = {}


def register_backend(name: str) -> Callable:
    """Class decorator: make a backend available to ``parse_policy(..., backend=name)``."""

    def deco(cls):
        if name in _REGISTRY and _REGISTRY[name] is not cls:
            raise ValueError(f"backend {name!r} is already registered")
        _REGISTRY[name] = cls
        cls.name = name
        return cls

    return deco


def available_backends() -> list[str]:
    return sorted(_REGISTRY)


_INSTANCES: dict[tuple, Any] = {}


def get_backend(name: str, **options: Any):
    """The backend named ``name`` (instances are cached per name and options: models load once)."""
    if not isinstance(name, str) or name not in _REGISTRY:
        raise PolicyParseError(f"unknown parsing backend {name!r}; available: {', '.join(available_backends())}")
    key = (name, tuple(sorted((k, repr(v)) for k, v in options.items())))
    if key not in _INSTANCES:
        try:
            _INSTANCES[key] = _REGISTRY[name](**options)
        except TypeError as exc:
            raise PolicyParseError(f"backend {name!r}: {exc}") from None
    return _INSTANCES[key]


@register_backend("rules")
class RulesBackend:
    """spaCy parse + cue analysis; the plan is emitted through the tree automaton."""

    def __init__(self, *, max_depth: int = 4, max_questions: int = 24):
        self.max_depth = max_depth
        self.max_questions = max_questions

    def parse(self, text: str, policy_id: str, question: str | None = None) -> Policy:
        from .cues import analyze
        from .decoding import emit_tree
        from .plan import to_tree

        analysis = analyze(text, question)
        clauses = tuple(analysis.clauses)
        if analysis.plan is None:
            return Policy(text, policy_id, clauses, (), None, None, self.name, NO_CONDITIONS, tuple(analysis.notes))
        planned, questions = to_tree(analysis.plan, text, policy_id)
        tree = emit_tree(planned, questions, max_depth=self.max_depth, max_questions=self.max_questions)
        import trees

        used = {q.id for q in trees.questions(tree)}
        qs = tuple(q for q in questions if q.id in used)
        return Policy(text, policy_id, clauses, qs, tree, analysis.conclusion, self.name, PARSED,
                      tuple(analysis.notes))


@register_backend("rules+lm-tuned")
class RulesThenTunedLM:
    """``rules``, and where the rules find no condition, the fine-tuned LM (``lm-tuned``): the model is only
    loaded and run for the texts the cue analysis cannot read. The policy records which backend answered."""

    _RULES_OPTIONS = ("max_depth", "max_questions")  # the LM takes these too, and its own (model_dir, adapter_dir, …)

    def __init__(self, **options: Any):
        self.options = options

    def parse(self, text: str, policy_id: str, question: str | None = None) -> Policy:
        from dataclasses import replace

        rules_options = {k: v for k, v in self.options.items() if k in self._RULES_OPTIONS}
        first = get_backend("rules", **rules_options).parse(text, policy_id, question=question)
        if first.status != NO_CONDITIONS:
            return replace(first, backend=self.name)
        second = get_backend("lm-tuned", **self.options).parse(text, policy_id, question=question)
        notes = first.notes + (f"no condition found by the rules; questions and tree written by {second.backend}",)
        return replace(second, backend=self.name, notes=notes)


# the lm backend registers itself on import; importing it is cheap (torch loads on first parse)
from . import lm as _lm  # noqa: E402,F401
