"""Exceptions shared by the automaton modules.

>>> issubclass(BoundsError, AutomatonError) and issubclass(AutomatonError, ValueError)
True
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any


class AutomatonError(ValueError):
    """A symbol sequence is not (or not yet) in an automaton's language.

    Attributes are ``None`` when they do not apply: ``symbol`` is the refused
    symbol, ``state`` the state it was refused in, ``allowed`` the symbols that
    state does accept and ``position`` the index of ``symbol`` in the input.
    """

    def __init__(
        self,
        message: str,
        *,
        symbol: Hashable | None = None,
        state: Any = None,
        allowed: Sequence[Hashable] | None = None,
        position: int | None = None,
    ) -> None:
        super().__init__(message)
        self.symbol = symbol
        self.state = state
        self.allowed = tuple(allowed) if allowed is not None else None
        self.position = position


class BoundsError(AutomatonError):
    """Input would be well formed but exceeds a bound (depth, alphabet, size)."""


class LexError(ValueError):
    """Text contains something that starts no known symbol.

    ``offset`` is the character offset of the bad text, ``snippet`` a short
    excerpt starting there.
    """

    def __init__(self, message: str, *, offset: int, snippet: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.snippet = snippet


def format_symbols(symbols: Iterable[Hashable], limit: int = 12) -> str:
    """Render symbols for an error message, eliding long lists.

    >>> format_symbols(["a", "b"]), format_symbols(range(20), limit=2)
    ("'a', 'b'", '0, 1, ... (20 in all)')
    """
    items = [repr(s) for s in symbols]
    if not items:
        return "nothing (dead end)"
    if len(items) > limit:
        return ", ".join(items[:limit]) + f", ... ({len(items)} in all)"
    return ", ".join(items)
