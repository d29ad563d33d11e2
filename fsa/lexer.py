"""Split text into a sequence of known symbols by longest match.

With ``skip_whitespace`` (the default) whitespace between symbols is ignored
and symbols are compared with their surrounding whitespace stripped, so the
separator ``", "`` is recognised whether written ``","`` or ``",   "``; the
canonical symbol is returned either way.

>>> lex("AND(q1,OR( q2 ,q10))", ["AND(", "OR(", ")", ", ", "q1", "q2", "q10"])
['AND(', 'q1', ', ', 'OR(', 'q2', ', ', 'q10', ')', ')']
>>> lex("NOT(s3.b)", ["NOT(", ")"], leaf_pattern=r"[a-z]\\w*(?:\\.\\w+)*")
['NOT(', 's3.b', ')']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fsa.errors import LexError

_SPACE = re.compile(r"\s*")


class Lexer:
    """A compiled lexer; :func:`lex` is the one-shot form.

    Longest match wins; between a known symbol and a ``leaf_pattern`` match of
    the same length the known symbol wins.  Leaf matches are returned verbatim.

    >>> Lexer(["a", "ab", "b"]).lex("ab a b")
    ['ab', 'a', 'b']
    """

    def __init__(
        self,
        symbols: Iterable[str],
        *,
        leaf_pattern: str | re.Pattern[str] | None = None,
        skip_whitespace: bool = True,
    ) -> None:
        self.skip_whitespace = skip_whitespace
        canonical: dict[str, str] = {}
        for symbol in symbols:
            key = symbol.strip() if skip_whitespace else symbol
            if not key:
                raise ValueError(f"symbol {symbol!r} is empty once whitespace is skipped")
            if canonical.setdefault(key, symbol) != symbol:
                raise ValueError(
                    f"symbols {canonical[key]!r} and {symbol!r} are the same once whitespace is skipped"
                )
        self._canonical = canonical
        # Python's alternation takes the first branch that matches, so listing
        # longer literals first makes it a longest-literal match.
        keys = sorted(canonical, key=len, reverse=True)
        self._symbols = re.compile("|".join(map(re.escape, keys))) if keys else None
        self._leaf = re.compile(leaf_pattern) if isinstance(leaf_pattern, str) else leaf_pattern

    def lex(self, text: str) -> list[str]:
        """Symbols of ``text``; :class:`LexError` at the first unknown character."""
        out: list[str] = []
        pos, end = 0, len(text)
        while True:
            if self.skip_whitespace:
                pos = _SPACE.match(text, pos).end()
            if pos >= end:
                return out
            known = self._symbols.match(text, pos) if self._symbols else None
            leaf = self._leaf.match(text, pos) if self._leaf else None
            if leaf is not None and leaf.end() == pos:
                leaf = None  # an empty leaf match would loop forever
            if known is not None and (leaf is None or known.end() >= leaf.end()):
                out.append(self._canonical[known.group()])
                pos = known.end()
            elif leaf is not None:
                out.append(leaf.group())
                pos = leaf.end()
            else:
                snippet = text[pos : pos + 20]
                raise LexError(
                    f"no symbol starts at offset {pos}: {snippet!r}", offset=pos, snippet=snippet
                )


def lex(
    text: str,
    symbols: Iterable[str],
    *,
    leaf_pattern: str | re.Pattern[str] | None = None,
    skip_whitespace: bool = True,
) -> list[str]:
    """Split ``text`` into ``symbols`` (and ``leaf_pattern`` matches) by longest match.

    >>> lex("a ,b", ["a", "b", ", "])
    ['a', ', ', 'b']
    >>> lex("a;b", ["a", "b"])
    Traceback (most recent call last):
        ...
    fsa.errors.LexError: no symbol starts at offset 1: ';b'
    """
    return Lexer(symbols, leaf_pattern=leaf_pattern, skip_whitespace=skip_whitespace).lex(text)
