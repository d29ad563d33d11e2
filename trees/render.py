"""Renderings of a tree for people: rich text, Graphviz DOT and Mermaid.

``answers`` (question id → "yes" / "no" / "unknown") colours answered questions.

    >>> from trees import Question, Or
    >>> print(to_mermaid(Or(Question("a", "Is it red?"), Question("b", "Is it big?"))))
    flowchart TD
      n0{{OR}}
      n1["a: Is it red?"]
      n0 --> n1
      n2["b: Is it big?"]
      n0 --> n2
"""

from __future__ import annotations

import io
from typing import Mapping

from rich.console import Console
from rich.tree import Tree as RichTree
from rich.markup import escape

from .grammar import GRAMMAR
from .nodes import Node, Question, children

COLOURS = {"yes": "green", "no": "red", "unknown": "yellow"}
FILLS = {"yes": "palegreen", "no": "lightpink", "unknown": "lightyellow"}


def _label(node: Node) -> str:
    return GRAMMAR.operator_for(node).name if not isinstance(node, Question) else node.id


def _question_line(q: Question) -> str:
    where = f" [{q.citation.clause_id}]" if q.citation else ""
    return f"{q.id}: {q.text}{where}"


def to_rich(tree: Node, answers: Mapping[str, str] | None = None) -> RichTree:
    """A ``rich.tree.Tree`` showing operators, questions, their clause ids and answers."""
    answers = answers or {}

    def text(node: Node) -> str:
        if not isinstance(node, Question):
            return f"[bold]{_label(node)}[/bold]"
        value = answers.get(node.id)
        line = escape(_question_line(node))
        return f"[{COLOURS[value]}]{line} = {value}[/]" if value in COLOURS else line

    def add(parent: RichTree, node: Node) -> None:
        branch = parent.add(text(node))
        for child in children(node):
            add(branch, child)

    root = RichTree(text(tree))
    for child in children(tree):
        add(root, child)
    return root


def to_text(tree: Node, answers: Mapping[str, str] | None = None, width: int = 100) -> str:
    """The rich rendering as plain text (no colour codes)."""
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    console.print(to_rich(tree, answers))
    return console.export_text()


def _walk_numbered(tree: Node):
    """Yield (id, node, parent id) in pre-order with numeric ids."""
    counter = 0
    stack: list[tuple[Node, int | None]] = [(tree, None)]
    while stack:
        node, parent = stack.pop()
        nid = counter
        counter += 1
        yield nid, node, parent
        stack.extend((child, nid) for child in reversed(children(node)))


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(tree: Node, answers: Mapping[str, str] | None = None) -> str:
    """Graphviz DOT source (``dot -Tsvg``)."""
    answers = answers or {}
    lines = ["digraph tree {", "  node [fontname=Helvetica];"]
    for nid, node, parent in _walk_numbered(tree):
        if isinstance(node, Question):
            attrs = f"shape=box, label={_dot_quote(_question_line(node))}"
            if answers.get(node.id) in COLOURS:
                attrs += f', style=filled, fillcolor="{FILLS[answers[node.id]]}"'
        else:
            attrs = f"shape=ellipse, label={_dot_quote(_label(node))}"
        lines.append(f"  n{nid} [{attrs}];")
        if parent is not None:
            lines.append(f"  n{parent} -> n{nid};")
    lines.append("}")
    return "\n".join(lines)


def _mermaid_quote(text: str) -> str:
    return text.replace('"', "#quot;")


def to_mermaid(tree: Node, answers: Mapping[str, str] | None = None) -> str:
    """Mermaid flowchart source."""
    answers = answers or {}
    lines = ["flowchart TD"]
    for nid, node, parent in _walk_numbered(tree):
        if isinstance(node, Question):
            lines.append(f'  n{nid}["{_mermaid_quote(_question_line(node))}"]')
            if answers.get(node.id) in COLOURS:
                lines.append(f"  class n{nid} {answers[node.id]}")
        else:
            lines.append(f"  n{nid}{{{{{_label(node)}}}}}")
        if parent is not None:
            lines.append(f"  n{parent} --> n{nid}")
    if any(v in COLOURS for v in answers.values()):
        lines += ["  classDef yes fill:#cfc", "  classDef no fill:#fcc", "  classDef unknown fill:#ffc"]
    return "\n".join(lines)
