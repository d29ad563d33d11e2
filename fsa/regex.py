r"""Portable regular-expression building blocks.

Output uses only syntax shared by Python ``re`` and Rust ``regex`` (which
``outlines_core`` parses): no lookarounds, no backreferences, and only
metacharacters escaped (Rust rejects escapes such as ``\ `` for a space).

>>> print(escape("AND(") + ", " + alternation(["q1", "q10", "q2"]))
AND\(, q(?:10?|2)
"""

from __future__ import annotations

from collections.abc import Iterable

_META = frozenset("\\.^$|?*+()[]{}")


def escape(text: str) -> str:
    """Escape the regex metacharacters of ``text`` and nothing else.

    >>> print(escape("f(x)*2"))
    f\\(x\\)\\*2
    """
    return "".join("\\" + c if c in _META else c for c in text)


def group(pattern: str) -> str:
    """Wrap ``pattern`` in a non-capturing group unless it is one character."""
    if len(pattern) == 1 or (len(pattern) == 2 and pattern[0] == "\\"):
        return pattern
    return f"(?:{pattern})"


def alternation(strings: Iterable[str]) -> str:
    """Regex matching exactly ``strings``, common prefixes factored as a trie.

    >>> import re
    >>> rx = alternation(["q1", "q10", "q2", "p"])
    >>> rx, [bool(re.fullmatch(rx, s)) for s in ["q1", "q10", "q", "q100", "p"]]
    ('p|q(?:10?|2)', [True, True, False, False, True])
    """
    trie: dict = {}
    for s in strings:
        node = trie
        for c in s:
            node = node.setdefault(c, {})
        node[""] = {}  # end marker
    if not trie:
        raise ValueError("alternation of no strings")
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    for c, child in sorted(node.items()):
        if c:
            tail = _trie_regex(child)
            branches.append(escape(c) + (group(tail) if "|" in _top_level(tail) else tail))
    body = "|".join(branches)
    if "" in node and branches:
        return group(body) + "?"
    return body


def _top_level(pattern: str) -> str:
    """``pattern`` with every parenthesised part and escape removed."""
    out, depth, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        depth += (c == "(") - (c == ")")
        if depth == 0 and c != ")":
            out.append(c)
        i += 1
    return "".join(out)
