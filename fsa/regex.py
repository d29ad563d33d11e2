r"""Portable regular-expression building blocks.

Output uses only syntax shared by Python ``re`` and Rust ``regex`` (which
``outlines_core`` parses): no lookarounds, no backreferences, and only
metacharacters escaped (Rust rejects escapes such as ``\ `` for a space).

>>> print(escape("AND(") + ", " + alternation(["q1", "q10", "q2"]))
AND\(, q(?:2|10?)
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


def concatenable(pattern: str) -> str:
    """``pattern``, grouped if it has a top-level ``|`` (so it can be concatenated).

    >>> concatenable("ab"), concatenable("a|b"), concatenable("(?:a|b)c")
    ('ab', '(?:a|b)', '(?:a|b)c')
    """
    return f"(?:{pattern})" if "|" in _top_level(pattern) else pattern


def alternation(strings: Iterable[str]) -> str:
    """Regex matching exactly ``strings``, common prefixes factored as a trie.

    >>> import re
    >>> rx = alternation(["q1", "q10", "q2", "p"])
    >>> rx, [bool(re.fullmatch(rx, s)) for s in ["q1", "q10", "q", "q100", "p"]]
    ('p|q(?:2|10?)', [True, True, False, False, True])
    """
    trie: dict = {}
    for s in strings:
        node = trie
        for c in s:
            node = node.setdefault(c, {})
        node[""] = {}  # end marker
    if not trie:
        raise ValueError("alternation of no strings")
    return _trie_regex(trie)[0]


def _trie_regex(node: dict) -> tuple[str, bool]:
    """The trie's regex and whether it is a top-level alternation (known from structure,
    not by re-reading the pattern, whose bracket classes may hold ``)`` or ``|``)."""
    singles, branches = [], []
    for c, child in sorted(node.items()):
        if not c:
            continue
        if list(child) == [""]:  # the string ends right after c
            singles.append(c)
        else:
            body, is_alt = _trie_regex(child)
            branches.append(escape(c) + (f"(?:{body})" if is_alt else body))
    if singles:
        branches.insert(0, char_class(singles))
    body = "|".join(branches)
    if "" in node and branches:
        return (body if len(branches) == 1 and singles else f"(?:{body})") + "?", False
    return body, len(branches) > 1


def char_class(chars: Iterable[str]) -> str:
    """Regex for any one of ``chars``: a bracket class, runs of alphanumerics as ranges.

    >>> print(char_class("0123456789ab-"), char_class("x"))
    [\\-0-9ab] x
    """
    chars = sorted(set(chars))
    if len(chars) == 1:
        return escape(chars[0])
    parts, i = [], 0
    while i < len(chars):
        j = i
        while (
            j + 1 < len(chars)
            and ord(chars[j + 1]) == ord(chars[j]) + 1
            and chars[j + 1].isalnum()
            and chars[i].isalnum()
            and chars[j + 1].isascii()
        ):
            j += 1
        if j - i >= 2:
            parts.append(f"{chars[i]}-{chars[j]}")
        else:
            parts.extend(_class_escape(c) for c in chars[i : j + 1])
        i = j + 1
    return "[" + "".join(parts) + "]"


def _class_escape(c: str) -> str:
    # Rust's regex gives - & ~ [ special meaning inside classes, too.
    return "\\" + c if c in "\\]^[-&~" else c


def _top_level(pattern: str) -> str:
    """``pattern`` with every parenthesised part, bracket class and escape removed."""
    out, depth, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # skip the class: its ``)`` and ``|`` are literals (``]`` first is literal too)
            i += 2 if pattern[i + 1:i + 2] == "]" else 1
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        depth += (c == "(") - (c == ")")
        if depth == 0 and c != ")":
            out.append(c)
        i += 1
    return "".join(out)
