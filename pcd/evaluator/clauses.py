"""Policies of several clauses, where a clause may refer to another ("except as
provided in paragraph (b)").

A reference is a question of the referring clause's tree whose id is mapped to the
clause it stands for (``references={"b_applies": "(b)"}``): it is true exactly when
that clause's tree is. References form a :class:`networkx.DiGraph` (clause ->
referenced clause); a cycle is an error naming it; otherwise each clause's tree is
resolved by substituting referenced trees, referenced clauses first (topological
order). A question id shared by clauses is one question, answered once.
"""

from __future__ import annotations

from typing import Mapping

import networkx as nx

import trees
from trees import Node, Question

from pcd.errors import PcdError

from .core import _evaluate
from .result import Evaluation


class ClauseGraphError(PcdError):
    """Clauses and references that do not make a policy: unknown clause, clashing questions."""


class ReferenceCycleError(ClauseGraphError):
    """Clauses that refer to each other in a cycle; ``cycle`` lists it, first clause repeated last."""

    def __init__(self, cycle: list[str]) -> None:
        self.cycle = cycle
        super().__init__("reference cycle: " + " -> ".join(cycle))


class ClauseGraph:
    """Clause id -> tree, with references between clauses resolved by substitution.

    - ``graph``: the DiGraph of clause -> referenced clause (edge attribute ``questions``:
      the reference question ids).
    - ``tree(clause_id)``: the clause's tree with every reference replaced by the tree
      of the clause it refers to.
    - ``questions``: every distinct (non-reference) question of the policy, by id.
    """

    def __init__(self, clauses: Mapping[str, Node], references: Mapping[str, str] | None = None) -> None:
        self.clauses = dict(clauses)
        self.references = dict(references or {})
        for qid, target in self.references.items():
            if target not in self.clauses:
                raise ClauseGraphError(f"reference {qid!r} refers to clause {target!r}, which is not in the policy")
        self.graph = nx.DiGraph()
        self.graph.add_nodes_from(self.clauses)
        self.questions: dict[str, Question] = {}
        used: set[str] = set()
        for clause_id, tree in self.clauses.items():
            for q in trees.questions(tree):
                if q.id in self.references:
                    used.add(q.id)
                    target = self.references[q.id]
                    if not self.graph.has_edge(clause_id, target):
                        self.graph.add_edge(clause_id, target, questions=[])
                    self.graph.edges[clause_id, target]["questions"].append(q.id)
                elif self.questions.setdefault(q.id, q) != q:
                    raise ClauseGraphError(f"question id {q.id!r} names two different questions "
                                           f"(one of them in clause {clause_id!r})")
        unused = [qid for qid in self.references if qid not in used]
        if unused:
            raise ClauseGraphError(f"reference questions in no clause: {', '.join(map(repr, unused))}")
        self._check_cycles()
        self._resolved: dict[str, Node] = {}
        for clause_id in reversed(list(nx.topological_sort(self.graph))):  # referenced clauses first
            edges = self.graph.out_edges(clause_id, data="questions")
            mapping = {qid: self._resolved[target] for _, target, qids in edges for qid in qids}
            self._resolved[clause_id] = trees.replace_questions(self.clauses[clause_id], mapping)

    def _check_cycles(self) -> None:
        try:
            edges = nx.find_cycle(self.graph)
        except nx.NetworkXNoCycle:
            return
        order = {clause_id: n for n, clause_id in enumerate(self.clauses)}
        cycle = [u for u, _ in edges]
        start = min(range(len(cycle)), key=lambda n: order[cycle[n]])  # begin at the earliest clause
        cycle = cycle[start:] + cycle[:start]
        raise ReferenceCycleError(cycle + [cycle[0]])

    def tree(self, clause_id: str) -> Node:
        """The clause's tree with its references resolved."""
        if clause_id not in self._resolved:
            raise ClauseGraphError(f"no clause {clause_id!r} in the policy; clauses: {', '.join(self.clauses)}")
        return self._resolved[clause_id]

    def evaluate(self, clause_id: str, answers: Mapping[str, str], *, method: str = "auto") -> Evaluation:
        """Evaluate one clause; ``answers`` may answer any question of the policy, once."""
        return _evaluate(self.tree(clause_id), answers, method, self.questions)


def evaluate_clause(graph: ClauseGraph, clause_id: str, answers: Mapping[str, str], *,
                    method: str = "auto") -> Evaluation:
    """Evaluate clause ``clause_id`` of ``graph`` (see :meth:`ClauseGraph.evaluate`)."""
    return graph.evaluate(clause_id, answers, method=method)
