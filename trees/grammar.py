"""The linearized form of a tree, ``AND(q1, OR(q2, NOT(q3)))``: one grammar, used to
parse, to print and to build the decoding automaton.

The grammar is data (:data:`GRAMMAR`); :func:`dumps`, :func:`loads` and
:func:`tree_automaton` all read it, so they cannot drift apart.

    >>> from trees import Question, And, Not
    >>> q = {i: Question(i, f"question {i}") for i in ("q1", "q2")}
    >>> dumps(And(q["q1"], Not(q["q2"])))
    'AND(q1, NOT(q2))'
    >>> loads("AND(q1, NOT(q2))", q) == And(q["q1"], Not(q["q2"]))
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from .nodes import And, Node, Not, Or, Question, TreeError, depth


@dataclass(frozen=True)
class Operator:
    name: str
    node_type: type
    min_arity: int
    max_arity: int | None


@dataclass(frozen=True)
class Grammar:
    operators: tuple[Operator, ...]
    open: str = "("
    close: str = ")"
    sep: str = ", "
    leaf_pattern: str = r"[A-Za-z_][A-Za-z0-9_.:\-]*"

    def operator_named(self, name: str) -> Operator:
        for op in self.operators:
            if op.name == name:
                return op
        raise TreeError(f"unknown operator {name!r}")

    def operator_for(self, node: Node) -> Operator:
        for op in self.operators:
            if type(node) is op.node_type:
                return op
        raise TreeError(f"no operator for node type {type(node).__name__}")

    @property
    def arities(self) -> dict[str, tuple[int, int | None]]:
        return {op.name: (op.min_arity, op.max_arity) for op in self.operators}


GRAMMAR = Grammar(
    operators=(
        Operator("AND", And, 2, None),
        Operator("OR", Or, 2, None),
        Operator("NOT", Not, 1, 1),
    )
)


def dumps(tree: Node, grammar: Grammar = GRAMMAR) -> str:
    """Print a tree in its linearized form (question ids as leaves)."""
    if isinstance(tree, Question):
        if not re.fullmatch(grammar.leaf_pattern, tree.id):
            raise TreeError(f"question id {tree.id!r} cannot be written in the linear form")
        return tree.id
    op = grammar.operator_for(tree)
    inner = grammar.sep.join(dumps(child, grammar) for child in tree.children)
    return f"{op.name}{grammar.open}{inner}{grammar.close}"


def _token_pattern(grammar: Grammar) -> re.Pattern[str]:
    ops = "|".join(re.escape(op.name) for op in grammar.operators)
    return re.compile(
        rf"\s*(?:(?P<op>{ops})\s*{re.escape(grammar.open)}|(?P<close>{re.escape(grammar.close)})"
        rf"|(?P<sep>{re.escape(grammar.sep.strip())})|(?P<leaf>{grammar.leaf_pattern}))"
    )


def tokens(text: str, grammar: Grammar = GRAMMAR) -> list[tuple[str, str, int]]:
    """Split a linear form into ``(kind, value, offset)`` tokens; kinds: op, close, sep, leaf."""
    pattern, out, pos = _token_pattern(grammar), [], 0
    text = text.rstrip()
    while pos < len(text):
        match = pattern.match(text, pos)
        if not match:
            pos += len(text[pos:]) - len(text[pos:].lstrip())
            raise TreeError(f"unexpected text at offset {pos}: {text[pos:pos + 20]!r}")
        kind = match.lastgroup
        out.append((kind, match.group(kind), match.start(kind)))
        pos = match.end()
    return out


def loads(text: str, questions: Mapping[str, Question] | Iterable[Question], grammar: Grammar = GRAMMAR) -> Node:
    """Parse a linear form; leaves are looked up in ``questions`` (by id)."""
    table = questions if isinstance(questions, Mapping) else {q.id: q for q in questions}
    toks = tokens(text, grammar)
    if not toks:
        raise TreeError("empty tree text")
    # Each frame: (operator, children so far, offset of the operator).
    stack: list[tuple[Operator, list[Node], int]] = []
    done: Node | None = None
    expect_child = True
    for kind, value, offset in toks:
        if done is not None:
            raise TreeError(f"text continues after the tree ends, at offset {offset}: {value!r}")
        if kind in ("op", "leaf"):
            if not expect_child:
                raise TreeError(f"expected {grammar.sep.strip()!r} or {grammar.close!r} at offset {offset}, got {value!r}")
            if kind == "op":
                stack.append((grammar.operator_named(value), [], offset))
                continue
            if value not in table:
                raise TreeError(f"unknown question id {value!r} at offset {offset}")
            node: Node = table[value]
            expect_child = False
        elif kind == "sep":
            if expect_child or not stack:
                raise TreeError(f"unexpected {value!r} at offset {offset}")
            expect_child = True
            continue
        else:  # close
            if expect_child or not stack:
                raise TreeError(f"unexpected {value!r} at offset {offset}")
            op, kids, start = stack.pop()
            if len(kids) < op.min_arity or (op.max_arity is not None and len(kids) > op.max_arity):
                want = op.min_arity if op.max_arity == op.min_arity else f"at least {op.min_arity}"
                raise TreeError(f"{op.name} at offset {start} has {len(kids)} children, needs {want}")
            node = Not(kids[0]) if op.node_type is Not else op.node_type(*kids)
        if stack:
            stack[-1][1].append(node)
        else:
            done = node
    if stack:
        op, _, start = stack[-1]
        raise TreeError(f"{op.name} opened at offset {start} is never closed")
    assert done is not None
    return done


def tree_automaton(question_ids: Iterable[str], *, max_depth: int = 4, grammar: Grammar = GRAMMAR):
    """The automaton accepting exactly the linear forms over ``question_ids`` up to ``max_depth``.

    Its symbols are ``"AND("``, ``"OR("``, ``"NOT("``, ``")"``, ``", "`` and the ids.
    """
    import fsa

    return fsa.term_automaton(grammar.arities, list(question_ids), open=grammar.open,
                              close=grammar.close, sep=grammar.sep, max_depth=max_depth)


def symbols(tree: Node, grammar: Grammar = GRAMMAR) -> list[str]:
    """The tree as the automaton's symbol sequence."""
    out: list[str] = []
    for kind, value, _ in tokens(dumps(tree, grammar), grammar):
        out.append({"op": value + grammar.open, "sep": grammar.sep}.get(kind, value))
    return out


def check_bounds(tree: Node, question_ids: Iterable[str], max_depth: int) -> None:
    """Refuse, with the reason, a tree that the bounded automaton cannot express."""
    from .nodes import questions as tree_questions

    allowed = set(question_ids)
    if depth(tree) > max_depth:
        raise TreeError(f"tree depth {depth(tree)} exceeds max_depth={max_depth}")
    extra = [q.id for q in tree_questions(tree) if q.id not in allowed]
    if extra:
        raise TreeError(f"question ids {extra} are outside the automaton's {len(allowed)} ids")
