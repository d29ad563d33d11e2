"""Named, swappable answerers."""

from __future__ import annotations

from typing import Callable

from pcd.answering.types import UnknownAnswererError

_REGISTRY: dict[str, Callable[..., object]] = {}
_INSTANCES: dict[str, object] = {}

__all__ = ["register_answerer", "get_answerer", "list_answerers"]


def register_answerer(name: str) -> Callable:
    """Class/factory decorator: ``@register_answerer("my-model")``."""

    def deco(factory: Callable) -> Callable:
        if not isinstance(name, str) or not name:
            raise TypeError("answerer name must be a non-empty string")
        _REGISTRY[name] = factory
        _INSTANCES.pop(name, None)
        try:
            factory.name = name  # type: ignore[attr-defined]
        except (AttributeError, TypeError):
            pass
        return factory

    return deco


def list_answerers() -> list[str]:
    _ensure_builtins()
    return sorted(_REGISTRY)


def get_answerer(name: str, **kwargs):
    """The answerer registered as ``name``; without kwargs the instance is cached (a model loads once)."""
    _ensure_builtins()
    if not isinstance(name, str):
        raise TypeError(f"answerer name must be a str, got {type(name).__name__}")
    if name not in _REGISTRY:
        raise UnknownAnswererError(name, sorted(_REGISTRY))
    if kwargs:
        return _REGISTRY[name](**kwargs)
    if name not in _INSTANCES:
        _INSTANCES[name] = _REGISTRY[name]()
    return _INSTANCES[name]


def _ensure_builtins() -> None:
    # importing the modules registers the built-in answerers
    from pcd.answering import (accompanied, ages, amounts, baselines, bereavement, consent, counts,  # noqa: F401
                               cross_encoder, dates, disability, durations, elapsed, history, lm, measures, nli,
                               places, possession, quantities, rates, sequence, sharing, times, undone, untouched)
