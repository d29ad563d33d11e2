"""Why a label holds, and what is missing when it does not: prime implicants.

A set of unanswered questions *decides* the tree (given the answers known) when some
yes/no answer to each forces the tree true or false whatever the other answers.
That holds exactly when the set contains the questions of a prime implicant of the
tree or of its negation, so the minimal deciding sets are the minimal question sets
of those prime implicants. Prime implicants are computed from the tree itself: a
cube is a pair of bitmasks (questions answered yes, questions answered no).
"""

from __future__ import annotations

from itertools import product
from typing import Callable, Iterable, Mapping

from trees import And, Node, Not, Question

Cube = tuple[int, int]


def justification(forced: Callable[[Mapping[str, bool]], bool | None],
                  known: Mapping[str, bool], value: bool) -> list[str]:
    """An irredundant subset of ``known`` that still forces ``value`` (a prime implicant).

    Greedy deletion, last question first, so the questions that come earlier in
    the tree are the ones kept. Irredundant because forcing is monotone: a question
    kept could not be dropped from a larger set, so it cannot be dropped from the result.
    """
    kept = dict(known)
    for name in reversed(list(known)):
        trial = {other: v for other, v in kept.items() if other != name}
        if forced(trial) == value:
            kept = trial
    return [name for name in known if name in kept]


def prime_implicants(tree: Node, value: bool, known: Mapping[str, bool], index: Mapping[str, int],
                     read_once: bool) -> list[Cube]:
    """Every prime implicant of ``tree == value`` over the questions in ``index`` (bit positions),
    the questions in ``known`` fixed.

    Products and unions of the children's implicants, absorbed; when a question occurs
    more than once (``read_once`` false) they may miss some primes, so the set is then
    closed under consensus (Blake's canonical form), which yields them all.
    """
    cubes = _implicants(tree, value, known, index)
    return cubes if read_once else _blake(cubes)


def minimal_sets(cubes: Iterable[Cube]) -> list[int]:
    """The inclusion-minimal question sets (bitmasks) of ``cubes``, smallest first."""
    found: list[int] = []
    for mask in sorted({pos | neg for pos, neg in cubes}, key=lambda m: (m.bit_count(), m)):
        if not any(mask & f == f for f in found):
            found.append(mask)
    return found


def members(mask: int) -> list[int]:
    """The indices set in ``mask``, ascending."""
    return [i for i in range(mask.bit_length()) if (mask >> i) & 1]


def _implicants(node: Node, value: bool, known: Mapping[str, bool], index: Mapping[str, int]) -> list[Cube]:
    if isinstance(node, Question):
        if node.id in known:
            return [(0, 0)] if known[node.id] == value else []
        bit = 1 << index[node.id]
        return [(bit, 0)] if value else [(0, bit)]
    if isinstance(node, Not):
        return _implicants(node.child, not value, known, index)
    parts = [_implicants(child, value, known, index) for child in node.children]
    if isinstance(node, And) == value:  # AND true / OR false: every child must hold
        cubes: list[Cube] = [(0, 0)]
        for part in parts:
            cubes = _absorb((p1 | p2, n1 | n2) for (p1, n1), (p2, n2) in product(cubes, part)
                            if not (p1 | p2) & (n1 | n2))
        return cubes
    return _absorb(cube for part in parts for cube in part)


def _absorb(cubes: Iterable[Cube]) -> list[Cube]:
    """Drop every cube that contains another's literals (it implies nothing more)."""
    kept: list[Cube] = []
    for pos, neg in sorted(set(cubes), key=lambda c: ((c[0] | c[1]).bit_count(), c)):
        if not any(p & ~pos == 0 and n & ~neg == 0 for p, n in kept):
            kept.append((pos, neg))
    return kept


def _blake(cubes: list[Cube]) -> list[Cube]:
    """Close under consensus (two cubes clashing on one question give the cube of
    their other literals) and absorb, until nothing new appears."""
    cubes = _absorb(cubes)
    while True:
        new = []
        for a, (p1, n1) in enumerate(cubes):
            for p2, n2 in cubes[a + 1:]:
                clash = (p1 & n2) | (n1 & p2)
                if clash and clash & (clash - 1) == 0:
                    new.append(((p1 | p2) & ~clash, (n1 | n2) & ~clash))
        merged = _absorb(cubes + new)
        if merged == cubes:
            return cubes
        cubes = merged
