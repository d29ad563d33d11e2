"""Generic finite automata for constrained generation.

Nothing here knows about any particular term language's meaning: build a
:class:`DFA` (directly, or with :func:`term_automaton` for bracketed terms),
spell it out over characters with :func:`char_automaton`, and constrain a
language model with :class:`TokenIndex` (plus :class:`ConstrainedLogitsProcessor`
for transformers, :func:`outlines_index` for outlines).

>>> import fsa
>>> spec = fsa.TermSpec({"AND": (2, None), "NOT": (1, 1)}, ["q1", "q2"], max_depth=2)
>>> spec.parse("AND(q1, NOT(q2))")
['AND(', 'q1', ', ', 'NOT(', 'q2', ')', ')']
>>> fsa.char_automaton(spec.automaton()).accepts("AND(q1, NOT(q2))")
True
"""

from __future__ import annotations

from typing import Any

from fsa.chars import char_automaton
from fsa.dfa import DFA
from fsa.errors import AutomatonError, BoundsError, LexError
from fsa.lexer import Lexer, lex
from fsa.terms import TermSpec, explain_rejection, term_automaton, term_regex
from fsa.tokens import TokenIndex, constrained_greedy
from fsa.vocab import decoded_vocabulary

# Loaded on first use: they import torch / transformers / outlines_core.
_LAZY = {
    "ConstrainedLogitsProcessor": "fsa.hf",
    "outlines_index": "fsa.outlines_bridge",
    "outlines_vocabulary": "fsa.outlines_bridge",
}

__all__ = [
    "DFA",
    "AutomatonError",
    "BoundsError",
    "LexError",
    "Lexer",
    "lex",
    "TermSpec",
    "term_automaton",
    "term_regex",
    "explain_rejection",
    "char_automaton",
    "TokenIndex",
    "constrained_greedy",
    "decoded_vocabulary",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'fsa' has no attribute {name!r}")
