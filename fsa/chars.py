"""Spell a symbol automaton out as a character automaton.

The result accepts exactly the strings ``"".join(spelling[s] for s in word)``
for the accepted words.  It is built by subset construction, so it stays
deterministic when one spelling is a prefix of another (``q1`` / ``q10``).
States are renamed ``0..n-1`` (0 is the start).

>>> from fsa.dfa import DFA
>>> words = DFA(0, {0: {"q1": 1, "q10": 1}, 1: {"!": 2}}, [2])
>>> chars = char_automaton(words)
>>> chars.accepts("q10!"), chars.accepts("q1!"), chars.accepts("q1")
(True, True, False)
>>> chars.allowed(chars.walk("q1"))
('!', '0')
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Mapping

from fsa.dfa import DFA

# A position of the underlying nondeterministic reading: the symbol state the
# current symbol leads to, and the characters of that symbol still unread
# (empty: at a symbol boundary, in that symbol state).
Position = tuple[Hashable, str]


def char_automaton(dfa: DFA, spelling: Mapping[Hashable, str] | None = None) -> DFA[int, str]:
    """The language of ``dfa`` over single characters (see module docstring)."""
    spell = (lambda s: spelling[s]) if spelling is not None else str
    # first[q][c] = positions after reading character c at a boundary in q
    first: dict[Hashable, dict[str, list[Position]]] = {}
    for q in dfa.states:
        by_char: dict[str, list[Position]] = {}
        for symbol in dfa.allowed(q):
            text = spell(symbol)
            if not text:
                raise ValueError(f"symbol {symbol!r} has an empty spelling")
            by_char.setdefault(text[0], []).append((dfa.step(q, symbol), text[1:]))
        first[q] = by_char

    # Sets iterate in hash order, which varies between runs; sort positions so
    # state numbers and symbol orders are reproducible.
    rank = {q: i for i, q in enumerate(dfa.states)}

    def ordered(positions: frozenset[Position]) -> list[Position]:
        return sorted(positions, key=lambda p: (rank[p[0]], p[1]))

    start = frozenset({(dfa.start, "")})
    number = {start: 0}
    table: dict[int, dict[str, int]] = {}
    accepting: list[int] = []
    todo = deque([start])
    while todo:
        current = todo.popleft()
        moves: dict[str, set[Position]] = {}
        for q, rest in ordered(current):
            if rest:
                moves.setdefault(rest[0], set()).add((q, rest[1:]))
            else:
                if dfa.is_accepting(q):
                    accepting.append(number[current])
                for c, positions in first[q].items():
                    moves.setdefault(c, set()).update(positions)
        row = table[number[current]] = {}
        for c, positions in moves.items():
            target = frozenset(positions)
            if target not in number:
                number[target] = len(number)
                todo.append(target)
            row[c] = number[target]
    return DFA(0, table, accepting)
