"""Which unanswered question to ask next.

The rule: ask the question that minimises the expected number of questions still
to ask until the label is decided, assuming each answer is yes or no with
probability 1/2, independently; ties go to the question that comes first in the
tree. Exact (memoised recursion over the remaining function) when at most
:data:`EXACT_LIMIT` unanswered questions still matter; otherwise greedy: the
question in the most of the smallest missing sets (ties: the most of the
next-smallest sets, and so on; then tree order).
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from .tables import Space

EXACT_LIMIT = 10
"""Most unanswered questions that matter for which the exact rule is used."""

_MEMO: dict[tuple[int, int], float] = {}
_MEMO_LIMIT = 50_000


def expected_questions(sp: Space, g: int) -> float:
    """The least expected number of questions to ask until ``g`` (not constant) is decided."""
    key = (sp.k, g)
    cost = _MEMO.get(key)
    if cost is None:
        cost = min(ask_cost(sp, g, i) for i in range(sp.k) if sp.depends(g, i))
        if len(_MEMO) >= _MEMO_LIMIT:
            _MEMO.clear()
        _MEMO[key] = cost
    return cost


def ask_cost(sp: Space, g: int, i: int) -> float:
    """Expected number of questions when asking variable ``i`` first, then playing optimally.

    Costs are sums of multiples of powers of 1/2, exact in floating point, so ties are exact.
    """
    b, full = sp.shifts[i], sp.full
    hi, lo = g & sp.cols[i], g & sp.ncols[i]
    cost = 1.0
    for rest in (hi | (hi >> b), lo | (lo << b)):  # g given yes, g given no
        if rest and rest != full:
            cost += 0.5 * expected_questions(sp, rest)
    return cost


def exact_ranking(sp: Space, g: int, positions: Sequence[int]) -> dict[int, tuple]:
    """Sort key of each variable of ``g`` under the exact rule: (expected cost, tree position),
    keyed by its tree position (``positions[i]`` for variable ``i``)."""
    return {p: (ask_cost(sp, g, i), p) for i, p in enumerate(positions)}


def greedy_ranking(missing: Sequence[int], candidates: Sequence[int]) -> dict[int, tuple]:
    """Sort key of each candidate under the greedy rule: how many missing sets of each
    size (smallest size first) contain it, more is better; then tree position."""
    sizes = sorted({m.bit_count() for m in missing})
    counts = Counter((m.bit_count(), i) for m in missing for i in candidates if (m >> i) & 1)
    return {i: (tuple(-counts[s, i] for s in sizes), i) for i in candidates}
