"""Decide whether some answers force a tree true or false, by truth table or by Z3.

Both oracles answer one question, :meth:`forced`: given yes/no answers to some
questions, is the formula true under every answer to the others (True), false
under every answer (False), or neither (None)? Oracles are built once per tree
and cached, since benchmarks evaluate the same tree many times. A Z3 oracle holds
solvers, which are not thread-safe: evaluate in parallel with processes, not threads.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import z3

import trees
from trees import Node

from .tables import TABLE_LIMIT, space, table


class TruthTableOracle:
    """Forcing by the tree's full truth table: the answers' cube is inside it, or outside."""

    name = "truth_table"

    def __init__(self, tree: Node) -> None:
        self.ids = [q.id for q in trees.questions(tree)]
        self.index = {name: i for i, name in enumerate(self.ids)}
        self.space = space(len(self.ids))
        self.table = table(tree, self.ids, {})  # what trees.truth_table gives, with cached columns

    def forced(self, assignment: Mapping[str, bool]) -> bool | None:
        sp = self.space
        cube = sp.full
        for name, value in assignment.items():
            i = self.index[name]
            cube &= sp.cols[i] if value else sp.ncols[i]
        inside = cube & self.table
        return True if inside == cube else False if inside == 0 else None


class Z3Oracle:
    """Forcing by Z3: the answers force true iff they make NOT(tree) unsatisfiable."""

    name = "z3"

    def __init__(self, tree: Node) -> None:
        variables: dict[str, z3.BoolRef] = {}
        formula = trees.to_z3(tree, variables)
        self.literals = {name: {True: var, False: z3.Not(var)} for name, var in variables.items()}
        self._refute_true, self._refute_false = z3.Solver(), z3.Solver()
        self._refute_true.add(z3.Not(formula))
        self._refute_false.add(formula)

    def forced(self, assignment: Mapping[str, bool]) -> bool | None:
        assumptions = [self.literals[name][value] for name, value in assignment.items()]
        if self._refute_true.check(*assumptions) == z3.unsat:
            return True
        if self._refute_false.check(*assumptions) == z3.unsat:
            return False
        return None


METHODS = ("auto", "truth_table", "z3")


def oracle(tree: Node, method: str = "auto") -> TruthTableOracle | Z3Oracle:
    """The (cached) oracle for ``tree``: ``auto`` takes the truth table up to
    :data:`~pcd.evaluator.tables.TABLE_LIMIT` questions, Z3 beyond."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    if method == "auto":
        method = "truth_table" if len(trees.questions(tree)) <= TABLE_LIMIT else "z3"
    return _cached(tree, method)


@lru_cache(maxsize=512)
def _cached(tree: Node, method: str) -> TruthTableOracle | Z3Oracle:
    return TruthTableOracle(tree) if method == "truth_table" else Z3Oracle(tree)
