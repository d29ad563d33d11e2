"""Emitting a tree symbol by symbol through the tree automaton.

Every backend ends here: a :class:`Decoder` walks ``dfa.allowed(state)`` and asks a
scorer to pick one of the allowed symbols, so the output is in the automaton's
language whatever the scorer does. The automaton is ``trees.tree_automaton`` (symbols
``"AND("``, ``"OR("``, ``"NOT("``, ``")"``, ``", "`` and the question ids).

    >>> from trees import Question, And, Not
    >>> q = [Question(f"q{i}", f"Q{i}?") for i in (1, 2)]
    >>> dec = Decoder([x.id for x in q])
    >>> dec.decode(PlanScorer(["AND(", "q1", ", ", "NOT(", "q2", ")", ")"]))
    ['AND(', 'q1', ', ', 'NOT(', 'q2', ')', ')']
    >>> dec.decode(PlanScorer(["AND(", "q1", ")"]))  # a bad plan cannot escape the automaton
    ['AND(', 'q1', ', ', 'q1', ')']
"""

from __future__ import annotations

from typing import Protocol, Sequence

import trees
from trees import Node, Question

DEFAULT_MAX_DEPTH = 4
DEFAULT_MAX_QUESTIONS = 24


class Scorer(Protocol):
    def choose(self, state, allowed: tuple[str, ...], prefix: Sequence[str], dfa) -> str:
        """One of ``allowed`` (the automaton's symbols in ``state``)."""

    def done(self, prefix: Sequence[str]) -> bool:
        """Whether to stop at an accepting state (only asked where the automaton could go on)."""


def _closest(dfa, state, allowed: Sequence[str]) -> str:
    """The allowed symbol whose successor is nearest to acceptance (first one on ties)."""
    return min(allowed, key=lambda s: dfa.distance(dfa.step(state, s)))


class PlanScorer:
    """Follows a planned symbol sequence; where the plan is refused (or done), takes the
    allowed symbol that reaches acceptance soonest."""

    def __init__(self, plan: Sequence[str]):
        self.plan = list(plan)

    def choose(self, state, allowed, prefix, dfa) -> str:
        k = len(prefix)
        if k < len(self.plan) and self.plan[k] in allowed:
            return self.plan[k]
        return _closest(dfa, state, allowed)

    def done(self, prefix) -> bool:
        return len(prefix) >= len(self.plan)


class Decoder:
    """Constrained decoding over the tree automaton for ``question_ids``."""

    def __init__(self, question_ids: Sequence[str], max_depth: int = DEFAULT_MAX_DEPTH):
        if not question_ids:
            raise ValueError("a tree needs at least one question id")
        self.question_ids = list(question_ids)
        self.max_depth = max_depth
        self.dfa = trees.tree_automaton(self.question_ids, max_depth=max_depth)

    def decode(self, scorer: Scorer, max_symbols: int = 512) -> list[str]:
        """Symbols of an accepted tree. The scorer may only choose allowed symbols; past
        ``max_symbols`` the decoder closes the tree by the shortest way."""
        dfa, state, out = self.dfa, self.dfa.start, []
        while True:
            allowed = dfa.allowed(state)
            if dfa.is_accepting(state) and (not allowed or len(out) >= max_symbols or scorer.done(out)):
                return out
            if len(out) >= max_symbols:
                symbol = _closest(dfa, state, allowed)
            else:
                symbol = scorer.choose(state, allowed, out, dfa)
                if symbol not in allowed:  # defensive: a scorer can never leave the language
                    symbol = _closest(dfa, state, allowed)
            out.append(symbol)
            state = dfa.step(state, symbol)

    def build(self, symbols: Sequence[str], questions: Sequence[Question]) -> Node:
        """The tree for an accepted symbol sequence."""
        if not self.dfa.accepts(symbols):  # cannot happen for decode()'s output
            raise trees.TreeError(f"symbols {list(symbols)} are not an accepted tree")
        return trees.loads("".join(symbols), {q.id: q for q in questions})


def check_bounds(tree: Node, questions: Sequence[Question], *, max_depth: int, max_questions: int) -> None:
    """Refuse, clearly, a planned tree beyond the automaton's bounds (never truncate)."""
    from ..policy import PolicyParseError

    if len(questions) > max_questions:
        raise PolicyParseError(
            f"the policy states {len(questions)} conditions, more than max_questions={max_questions}: "
            f"split the policy into sections or pass a larger max_questions")
    if trees.depth(tree) > max_depth:
        raise PolicyParseError(
            f"the policy's conditions nest {trees.depth(tree)} deep, more than max_depth={max_depth}: "
            f"split the policy into sections or pass a larger max_depth")


def emit_tree(tree: Node, questions: Sequence[Question], *, max_depth: int = DEFAULT_MAX_DEPTH,
              max_questions: int = DEFAULT_MAX_QUESTIONS) -> Node:
    """Emit a planned tree through the automaton: the tree that comes out is the accepted one."""
    tree = trees.canonical(tree) if trees.depth(tree) > max_depth else tree
    check_bounds(tree, questions, max_depth=max_depth, max_questions=max_questions)
    decoder = Decoder([q.id for q in questions], max_depth=max_depth)
    symbols = decoder.decode(PlanScorer(trees.symbols(tree)))
    return decoder.build(symbols, questions)
