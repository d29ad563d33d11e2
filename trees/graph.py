"""Trees as NetworkX graphs, and back.

Each node of the DiGraph is an integer; attributes: ``kind`` ("AND", "OR", "NOT" or
"QUESTION"), ``question`` (the :class:`Question`, for leaves). Edges carry ``index``,
the child's position. ``graph.graph["root"]`` names the root.

    >>> from trees import Question, And, Not
    >>> t = And(Question("a", "A?"), Not(Question("b", "B?")))
    >>> g = to_networkx(t)
    >>> g.number_of_nodes(), from_networkx(g) == t
    (4, True)
"""

from __future__ import annotations

import networkx as nx

from .grammar import GRAMMAR
from .nodes import Node, Not, Question, TreeError, children


def to_networkx(tree: Node) -> nx.DiGraph:
    """One graph node per tree node occurrence (a repeated subtree appears twice)."""
    graph = nx.DiGraph(root=0)

    def add(node: Node) -> int:
        nid = graph.number_of_nodes()
        if isinstance(node, Question):
            graph.add_node(nid, kind="QUESTION", question=node, label=node.id)
        else:
            name = GRAMMAR.operator_for(node).name
            graph.add_node(nid, kind=name, label=name)
            for index, child in enumerate(children(node)):
                graph.add_edge(nid, add(child), index=index)
        return nid

    add(tree)
    return graph


def from_networkx(graph: nx.DiGraph) -> Node:
    """Rebuild a tree from :func:`to_networkx`'s layout (children ordered by ``index``)."""
    root = graph.graph.get("root")
    if root is None:
        roots = [n for n, d in graph.in_degree() if d == 0]
        if len(roots) != 1:
            raise TreeError(f"graph needs exactly one root, found {len(roots)}")
        root = roots[0]
    if not nx.is_directed_acyclic_graph(graph):
        raise TreeError(f"graph has a cycle: {nx.find_cycle(graph)}")

    def build(nid) -> Node:
        data = graph.nodes[nid]
        if data.get("kind") == "QUESTION":
            return data["question"]
        kids = [build(v) for _, v, _ in sorted(graph.out_edges(nid, data="index"), key=lambda e: e[2])]
        op = GRAMMAR.operator_named(data.get("kind"))
        return Not(*kids) if op.node_type is Not else op.node_type(*kids)

    return build(root)
