"""The JSON form of a tree (schema ``pcd.tree/1``, shipped as ``trees/schemas/tree-1.json``).

Operator nodes live in a table and name their children by id, so shared subtrees
are written once; loading checks the schema, then ids, arities and cycles, and every
error names the place it found.

    >>> from trees import Question, Citation, And, Not
    >>> cite = Citation("demo", "(a)", 0, 4, "text")
    >>> tree = And(Question("q1", "Is it?", cite), Not(Question("q2", "Was it?", cite)))
    >>> from_json(to_json(tree)) == tree
    True
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import networkx as nx

from .grammar import GRAMMAR, dumps
from .nodes import Citation, Node, Not, Question, TreeError, questions, walk

SCHEMA_ID = "pcd.tree/1"


@cache
def schema() -> dict[str, Any]:
    """The published JSON Schema of ``pcd.tree/1``."""
    return json.loads(resources.files("trees").joinpath("schemas/tree-1.json").read_text())


def to_dict(tree: Node) -> dict[str, Any]:
    """The tree as a ``pcd.tree/1`` document; every question needs a citation."""
    ids: dict[Node, str] = {}
    nodes: dict[str, dict[str, Any]] = {}
    table: dict[str, dict[str, Any]] = {}
    for q in questions(tree):
        if q.citation is None:
            raise TreeError(f"question {q.id!r} has no citation")
        c = q.citation
        table[q.id] = {"text": q.text, "citation": {"policy_id": c.policy_id, "clause_id": c.clause_id,
                                                    "span": [c.start, c.end], "quote": c.quote}}

    def node_id(node: Node) -> str:
        if isinstance(node, Question):
            return node.id
        if node not in ids:  # structurally equal subtrees share one entry
            ids[node] = name = _fresh_id(len(ids), table)
            nodes[name] = {"op": GRAMMAR.operator_for(node).name}  # reserve: keeps pre-order
            nodes[name]["children"] = [node_id(child) for child in node.children]
        return ids[node]

    root = node_id(tree)
    return {"schema": SCHEMA_ID, "root": root, "linear": dumps(tree), "nodes": nodes, "questions": table}


def _fresh_id(k: int, taken: dict[str, Any]) -> str:
    name = f"n{k}"
    while name in taken:
        name = "_" + name
    return name


def to_json(tree: Node, indent: int | None = 2) -> str:
    return json.dumps(to_dict(tree), indent=indent, ensure_ascii=False)


def first_schema_error(schema_doc: dict[str, Any], doc: Any) -> tuple[str, str] | None:
    """The first (by JSON path) violation of a JSON Schema as ``(place, message)``, or None.

    ``place`` is a slash path such as ``questions/q2``, or ``(top level)``.
    """
    validator = jsonschema.Draft202012Validator(schema_doc)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    return "/".join(str(p) for p in errors[0].absolute_path) or "(top level)", errors[0].message


def from_dict(doc: Any) -> Node:
    """Validate a ``pcd.tree/1`` document and build its tree."""
    error = first_schema_error(schema(), doc)
    if error:
        raise TreeError(f"invalid tree JSON at {error[0]}: {error[1]}")
    nodes, table = doc.get("nodes", {}), doc["questions"]
    clash = sorted(set(nodes) & set(table))
    if clash:
        raise TreeError(f"ids used both for a node and a question: {clash}")
    qs = {}
    for qid, entry in table.items():
        c = entry["citation"]
        start, end = c["span"]
        if end < start:
            raise TreeError(f"questions/{qid}/citation/span: end {end} is before start {start}")
        qs[qid] = Question(qid, entry["text"], Citation(c["policy_id"], c["clause_id"], start, end, c["quote"]))
    graph = nx.DiGraph()
    for nid, entry in nodes.items():
        op = GRAMMAR.operator_named(entry["op"])
        kids = entry["children"]
        if len(kids) < op.min_arity or (op.max_arity is not None and len(kids) > op.max_arity):
            raise TreeError(f"nodes/{nid}: {op.name} has {len(kids)} children, needs "
                            f"{op.min_arity if op.max_arity == op.min_arity else f'at least {op.min_arity}'}")
        for k, child in enumerate(kids):
            if child not in nodes and child not in qs:
                raise TreeError(f"nodes/{nid}/children/{k}: unknown id {child!r}")
            graph.add_edge(nid, child)
    if doc["root"] not in nodes and doc["root"] not in qs:
        raise TreeError(f"root: unknown id {doc['root']!r}")
    try:
        cycle = nx.find_cycle(graph, source=doc["root"]) if doc["root"] in graph else []
    except nx.NetworkXNoCycle:
        cycle = []
    if cycle:
        path = " -> ".join([cycle[0][0]] + [v for _, v in cycle])
        raise TreeError(f"nodes form a cycle: {path}")

    built: dict[str, Node] = dict(qs)

    def build(nid: str) -> Node:  # acyclic now, so recursion ends; memo keeps sharing cheap
        if nid not in built:
            op = GRAMMAR.operator_named(nodes[nid]["op"])
            kids = [build(child) for child in nodes[nid]["children"]]
            built[nid] = Not(kids[0]) if op.node_type is Not else op.node_type(*kids)
        return built[nid]

    return build(doc["root"])


def from_json(text: str | bytes) -> Node:
    """Parse and validate a ``pcd.tree/1`` JSON text."""
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise TreeError(f"malformed tree JSON: {exc}") from None
    return from_dict(doc)


def validate(doc: Any) -> None:
    """Raise :class:`TreeError` naming the first problem of a ``pcd.tree/1`` document."""
    from_dict(doc)


__all__ = ["SCHEMA_ID", "schema", "to_dict", "to_json", "from_dict", "from_json", "validate", "walk"]
