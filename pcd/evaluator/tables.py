"""Boolean functions of ``k`` variables as Python-int truth tables.

Bit ``m`` of a table is the function's value under assignment ``m``, which gives
variable ``i`` the value of bit ``i`` of ``m`` (the convention of
:func:`trees.truth_table`). Python ints make ``&``, ``|`` and shifts on a
2**16-bit table cost well under a microsecond, so the evaluator quantifies and
restricts functions of up to :data:`TABLE_LIMIT` variables exhaustively.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

from trees import And, Node, Not, Question

TABLE_LIMIT = 16
"""Most variables a table may have (2**16 bits = 8 KiB per table)."""


class Space:
    """The ``2**k`` assignments of ``k`` variables, with the column of each variable."""

    __slots__ = ("k", "full", "cols", "ncols", "shifts")

    def __init__(self, k: int) -> None:
        size = 1 << k
        self.k = k
        self.full = (1 << size) - 1
        self.cols = []
        for i in range(k):
            block = 1 << i  # runs of 2**i zeros then 2**i ones, repeated
            period_mask = ((1 << block) - 1) << block
            self.cols.append(period_mask * (self.full // ((1 << (2 * block)) - 1)) & self.full)
        self.ncols = [self.full ^ c for c in self.cols]
        self.shifts = [1 << i for i in range(k)]

    def constant(self, f: int) -> bool | None:
        """True or False if ``f`` is constant, else None."""
        return True if f == self.full else False if f == 0 else None

    def depends(self, f: int, i: int) -> bool:
        """Whether ``f`` depends on variable ``i``."""
        return (f & self.cols[i]) >> self.shifts[i] != f & self.ncols[i]

    def restrict(self, f: int, i: int, value: bool) -> int:
        """``f`` with variable ``i`` fixed (the result no longer depends on ``i``)."""
        if value:
            hi = f & self.cols[i]
            return hi | (hi >> self.shifts[i])
        lo = f & self.ncols[i]
        return lo | (lo << self.shifts[i])

    def forall(self, f: int, i: int) -> int:
        """``f`` universally quantified over variable ``i``."""
        b = self.shifts[i]
        return f & (((f & self.cols[i]) >> b) | ((f & self.ncols[i]) << b))


@lru_cache(maxsize=TABLE_LIMIT + 1)
def space(k: int) -> Space:
    if k > TABLE_LIMIT:
        raise ValueError(f"a truth table over {k} variables exceeds the limit of {TABLE_LIMIT}")
    return Space(k)


def table(tree: Node, ids: Sequence[str], known: Mapping[str, bool]) -> int:
    """The tree's table over the variables ``ids``, questions in ``known`` fixed.

    Every question of the tree must be in ``ids`` or in ``known``.
    """
    sp = space(len(ids))
    columns: dict[str, int] = {name: sp.full if value else 0 for name, value in known.items()}
    columns.update(zip(ids, sp.cols))
    full = sp.full

    def build(node: Node) -> int:
        if isinstance(node, Question):
            return columns[node.id]
        if isinstance(node, Not):
            return full ^ build(node.child)
        if isinstance(node, And):
            result = full
            for child in node.children:
                result &= build(child)
                if not result:
                    break
            return result
        result = 0
        for child in node.children:
            result |= build(child)
            if result == full:
                break
        return result

    return build(tree)
