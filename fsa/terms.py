"""The bounded bracketed-term language, e.g. ``AND(q1, OR(q2, NOT(q3)))``.

A term is a leaf, or an operator applied to children:
``name + open``, the children joined by ``sep``, then ``close``.  Each operator
has an arity ``(min, max)`` (``max=None``: unbounded) and nesting is bounded by
``max_depth`` (a bare leaf has depth 0, ``AND(q1, q2)`` depth 1), which is
what makes the language regular.  The symbols are the operator openers
(``"AND("``), ``close``, ``sep`` and the leaves.

>>> spec = TermSpec({"AND": (2, None), "NOT": (1, 1)}, ["q1", "q2"], max_depth=2)
>>> dfa = spec.automaton()
>>> dfa.accepts(["AND(", "q1", ", ", "NOT(", "q2", ")", ")"])
True
>>> spec.explain(["NOT(", "NOT(", "NOT(", "q1", ")", ")", ")"])
"nesting depth 3 exceeds max_depth=2 (operator 'NOT(' at position 2)"
>>> import re; bool(re.fullmatch(spec.regex(), "AND(q1, NOT(q2))"))
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from fsa.dfa import DFA
from fsa.errors import AutomatonError, BoundsError, format_symbols
from fsa.lexer import Lexer
from fsa.regex import alternation, concatenable, escape

Arity = tuple[int, "int | None"]
# A frame is an open operator's remaining (needed, still-allowed) children;
# operators with equal arity behave alike, so frames forget the name.
Frame = tuple[int, "int | None"]
TermState = tuple[str, tuple[Frame, ...]]

# Phases of a term state.  In TERM every frame already counts the child being
# read; in OPEN the top frame was just opened and may close with no children;
# in MORE the top frame has just completed a child; END: the whole term is done.
TERM, OPEN, MORE, END = "term", "open", "more", "end"


class TermSpec:
    """An immutable description of one bounded term language.

    >>> spec = TermSpec({"OR": (2, None)}, ["a", "b"], max_depth=1)
    >>> spec.symbols
    ('OR(', 'a', 'b', ', ', ')')
    >>> spec.parse("OR(a,b , a)")
    ['OR(', 'a', ', ', 'b', ', ', 'a', ')']
    """

    __slots__ = ("_operators", "_leaves", "_open", "_close", "_sep", "_max_depth", "_key")

    def __init__(
        self,
        operators: Mapping[str, Arity],
        leaves: Sequence[str],
        *,
        open: str = "(",
        close: str = ")",
        sep: str = ", ",
        max_depth: int,
    ) -> None:
        ops: dict[str, Arity] = {}
        for name, arity in operators.items():
            lo, hi = arity
            if not name or lo < 0 or (hi is not None and hi < lo):
                raise ValueError(f"operator {name!r} has an invalid name or arity {arity!r}")
            ops[name] = (int(lo), None if hi is None else int(hi))
        if not isinstance(max_depth, int) or max_depth < 0:
            raise ValueError(f"max_depth must be a non-negative int, not {max_depth!r}")
        if not (open and close and sep):
            raise ValueError("open, close and sep must be non-empty")
        leaves = tuple(leaves)
        symbols = [name + open for name in ops] + list(leaves) + [sep, close]
        if "" in leaves or len(set(symbols)) != len(symbols):
            raise ValueError("operator openers, leaves, sep and close must be distinct and non-empty")
        for attr, value in [
            ("_operators", MappingProxyType(ops)),
            ("_leaves", leaves),
            ("_open", open),
            ("_close", close),
            ("_sep", sep),
            ("_max_depth", max_depth),
            ("_key", (tuple(ops.items()), leaves, open, close, sep, max_depth)),
        ]:
            object.__setattr__(self, attr, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("TermSpec is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TermSpec) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return (
            f"TermSpec({dict(self._operators)!r}, <{len(self._leaves)} leaves>, "
            f"open={self._open!r}, close={self._close!r}, sep={self._sep!r}, "
            f"max_depth={self._max_depth})"
        )

    # -- description -----------------------------------------------------------

    operators = property(lambda self: self._operators, doc="name -> (min_arity, max_arity)")
    leaves = property(lambda self: self._leaves)
    open = property(lambda self: self._open)
    close = property(lambda self: self._close)
    sep = property(lambda self: self._sep)
    max_depth = property(lambda self: self._max_depth)

    def opener(self, name: str) -> str:
        """The symbol that opens operator ``name``, e.g. ``"AND("``."""
        return name + self._open

    @property
    def symbols(self) -> tuple[str, ...]:
        """All symbols: openers, leaves, ``sep``, ``close`` (the order of ``allowed``)."""
        return tuple(map(self.opener, self._operators)) + self._leaves + (self._sep, self._close)

    def depth(self, symbols: Iterable[str]) -> int:
        """Deepest operator nesting in ``symbols``, counting brackets only.

        >>> TermSpec({"NOT": (1, 1)}, ["q"], max_depth=5).depth(["NOT(", "NOT(", "q", ")", ")"])
        2
        """
        openers = set(map(self.opener, self._operators))
        level = deepest = 0
        for s in symbols:
            if s in openers:
                level += 1
                deepest = max(deepest, level)
            elif s == self._close:
                level = max(level - 1, 0)
        return deepest

    # -- artefacts -------------------------------------------------------------

    def automaton(self) -> DFA[TermState, str]:
        """The symbol-level DFA (cached).  States are ``(phase, frames)`` tuples."""
        return _automaton(self)

    def regex(self) -> str:
        """The same language as a regex over the concatenated symbol spellings."""
        return _regex(self)

    def lexer(self, *, unknown_leaves: bool = True) -> Lexer:
        """A lexer for this language's symbols.

        With ``unknown_leaves`` any run of characters free of whitespace,
        ``open``, ``close`` and ``sep`` lexes as a leaf (``"XOR("`` as an
        opener), so an unknown name reaches :meth:`check`, which names it,
        instead of failing in the lexer.
        """
        leaf_pattern = None
        if unknown_leaves:
            stops = set(self._open + self._close + self._sep.strip())
            run = "[^\\s" + "".join(re.escape(c) for c in sorted(stops)) + "]+"
            leaf_pattern = f"{run}(?:{re.escape(self._open)})?"
        return Lexer(self.symbols, leaf_pattern=leaf_pattern)

    # -- checking --------------------------------------------------------------

    def check(self, symbols: Iterable[str]) -> None:
        """Raise unless ``symbols`` is a term of this language.

        :class:`BoundsError` when a bound refuses it (nesting deeper than
        ``max_depth``, a leaf or operator outside the alphabet);
        :class:`AutomatonError` for other malformations (arity, brackets).

        >>> spec = TermSpec({"NOT": (1, 1)}, ["q1"], max_depth=3)
        >>> spec.check(["NOT(", "q40", ")"])
        Traceback (most recent call last):
            ...
        fsa.errors.BoundsError: leaf 'q40' at position 1 is not in the alphabet of 1 leaves
        >>> spec.check(["NOT(", "q1", ", ", "q1", ")"])
        Traceback (most recent call last):
            ...
        fsa.errors.AutomatonError: NOT takes at most 1 arguments (', ' at position 2)
        """
        symbols = list(symbols)
        dfa = self.automaton()
        try:
            state = dfa.walk(symbols)
        except AutomatonError as error:
            i, s, state = error.position, error.symbol, error.state
            where = dict(symbol=s, state=state, allowed=error.allowed, position=i)
            if not isinstance(s, str) or s not in set(self.symbols):
                raise BoundsError(self._describe_unknown(s, i), **where) from None
            phase, frames = state
            openers = self.symbols[: len(self._operators)]
            if s in openers and phase in (TERM, OPEN) and len(frames) == self._max_depth:
                deepest = max(self.depth(symbols), self._max_depth + 1)
                raise BoundsError(
                    f"nesting depth {deepest} exceeds max_depth={self._max_depth} "
                    f"(operator {s!r} at position {i})",
                    **where,
                ) from None
            raise AutomatonError(self._describe_refusal(symbols, i, error.allowed), **where) from None
        if not dfa.is_accepting(state):
            raise AutomatonError(
                f"incomplete term after {len(symbols)} symbols; expected one of: "
                + format_symbols(dfa.allowed(state)),
                state=state, allowed=dfa.allowed(state), position=len(symbols),
            )

    def explain(self, symbols: Iterable[str]) -> str | None:
        """Why ``symbols`` is refused, or ``None`` if it is a term."""
        try:
            self.check(symbols)
        except AutomatonError as err:
            return str(err)
        return None

    def parse(self, text: str) -> list[str]:
        """Lex ``text`` (whitespace between symbols ignored), :meth:`check` it, return its symbols."""
        symbols = self.lexer().lex(text)
        self.check(symbols)
        return symbols

    def _describe_unknown(self, s: object, i: int) -> str:
        if isinstance(s, str) and s.endswith(self._open):
            name = s[: -len(self._open)]
            return f"operator {name!r} at position {i} is not one of the {len(self._operators)} operators"
        return f"leaf {s!r} at position {i} is not in the alphabet of {len(self._leaves)} leaves"

    def _describe_refusal(self, symbols: list[str], i: int, allowed: tuple) -> str:
        """Explain in the term's own words why ``symbols[i]`` is refused."""
        s = symbols[i]
        name_of = {self.opener(name): name for name in self._operators}
        stack: list[list] = []  # [operator name, separators so far] per open operator
        for t in symbols[:i]:
            if t == self._close and stack:
                stack.pop()
            elif t == self._sep and stack:
                stack[-1][1] += 1
            elif t in name_of:
                stack.append([name_of[t], 0])
        if stack and symbols[i - 1] != self._sep and symbols[i - 1] not in name_of:
            name, seps = stack[-1]
            lo, hi = self._operators[name]
            if s == self._close and seps + 1 < lo:
                return f"{name} takes at least {lo} arguments, got {seps + 1} ({s!r} at position {i})"
            if s == self._sep and hi is not None and seps + 1 >= hi:
                return f"{name} takes at most {hi} arguments ({s!r} at position {i})"
        if not stack and i > 0 and not allowed:
            return f"unexpected {s!r} at position {i}: the term is already complete"
        return f"{s!r} at position {i} is not allowed here; expected one of: {format_symbols(allowed)}"


def term_automaton(
    operators: Mapping[str, Arity],
    leaves: Sequence[str],
    *,
    open: str = "(",
    close: str = ")",
    sep: str = ", ",
    max_depth: int,
) -> DFA[TermState, str]:
    """Symbol-level DFA of the bounded term language (see :class:`TermSpec`).

    >>> d = term_automaton({"AND": (2, None)}, ["p", "q"], max_depth=1)
    >>> d.accepts(["AND(", "p", ", ", "q", ")"]), d.accepts(["AND(", "p", ")"])
    (True, False)
    """
    return TermSpec(operators, leaves, open=open, close=close, sep=sep, max_depth=max_depth).automaton()


def term_regex(
    operators: Mapping[str, Arity],
    leaves: Sequence[str],
    *,
    open: str = "(",
    close: str = ")",
    sep: str = ", ",
    max_depth: int,
) -> str:
    """Regex of the bounded term language over exact symbol spellings.

    >>> term_regex({"NOT": (1, 1)}, ["a", "b"], max_depth=2)
    '[ab]|NOT\\\\((?:[ab]|NOT\\\\([ab]\\\\))\\\\)'
    """
    return TermSpec(operators, leaves, open=open, close=close, sep=sep, max_depth=max_depth).regex()


def explain_rejection(spec: TermSpec, symbols: Iterable[str]) -> str | None:
    """Why ``spec`` refuses ``symbols`` (``None`` if accepted); see :meth:`TermSpec.check`."""
    return spec.explain(symbols)


# -- construction --------------------------------------------------------------


def _after_child(frame: Frame) -> Frame:
    need, extra = frame
    return max(need - 1, 0), None if extra is None else extra - 1


@functools.lru_cache(maxsize=32)
def _automaton(spec: TermSpec) -> DFA[TermState, str]:
    classes: dict[Arity, list[str]] = {}
    for name, arity in spec.operators.items():
        classes.setdefault(arity, []).append(spec.opener(name))
    leaves, sep, close, max_depth = spec.leaves, spec.sep, spec.close, spec.max_depth

    def done(frames: tuple[Frame, ...]) -> TermState:
        """State after a (sub)term completes, whose parent frames are ``frames``."""
        return (MORE, frames) if frames else (END, ())

    def term_row(frames: tuple[Frame, ...]) -> dict[str, TermState]:
        """Transitions reading one term, ``frames`` already counting it."""
        row: dict[str, TermState] = {}
        if len(frames) < max_depth:
            for (lo, hi), openers in classes.items():
                if lo == 0:
                    target = (OPEN, frames + ((0, hi),))
                else:
                    target = (TERM, frames + (_after_child((lo, hi)),))
                row.update(dict.fromkeys(openers, target))
        row.update(dict.fromkeys(leaves, done(frames)))
        return row

    def row_of(state: TermState) -> dict[str, TermState]:
        phase, frames = state
        if phase == TERM:
            return term_row(frames)
        if phase == END:
            return {}
        *below, top = frames
        need, extra = top
        row: dict[str, TermState] = {}
        if phase == OPEN and extra != 0:
            row.update(term_row((*below, _after_child(top))))
        if phase == MORE and extra != 0:
            row[sep] = (TERM, (*below, _after_child(top)))
        if need == 0:
            row[close] = done(tuple(below))
        return row

    start: TermState = (TERM, ())
    table: dict[TermState, dict[str, TermState]] = {}
    todo = [start]
    while todo:
        state = todo.pop()
        if state in table:
            continue
        table[state] = row = row_of(state)
        todo.extend(t for t in set(row.values()) if t not in table)
    return DFA(start, table, [(END, ())])


@functools.lru_cache(maxsize=32)
def _regex(spec: TermSpec) -> str:
    if not spec.leaves and not any(lo == 0 for lo, _ in spec.operators.values()):
        raise ValueError("the language is empty: no leaves and no operator of arity 0")
    classes: dict[Arity, list[str]] = {}
    for name, arity in spec.operators.items():
        classes.setdefault(arity, []).append(spec.opener(name))
    sep, close = escape(spec.sep), escape(spec.close)
    leaf = alternation(spec.leaves) if spec.leaves else None

    term = leaf  # depth 0
    for _ in range(spec.max_depth):
        # Every application is  opener (child sep){lo,hi} child close ; all
        # classes share the trailing "child close", so the child regex is
        # copied once per class that takes two or more children, plus once.
        child = concatenable(term) if term is not None else None
        heads, bare = [], []
        for (lo, hi), openers in classes.items():
            head = concatenable(alternation(openers))
            if lo == 0:
                bare.append(head)
            if hi == 0 or child is None:
                continue
            lo_rep, hi_rep = max(lo - 1, 0), None if hi is None else hi - 1
            if hi_rep == 0:
                heads.append(head)
            else:
                heads.append(head + f"(?:{child}{sep})" + _quantifier(lo_rep, hi_rep))
        branches = [leaf] if leaf is not None else []
        if heads:
            branches.append(concatenable("|".join(heads)) + (child or "") + close)
        if bare:
            branches.append(concatenable("|".join(bare)) + close)
        term = "|".join(branches)
    return term


def _quantifier(lo: int, hi: int | None) -> str:
    if (lo, hi) == (0, None):
        return "*"
    if (lo, hi) == (1, None):
        return "+"
    if (lo, hi) == (0, 1):
        return "?"
    if hi is None:
        return f"{{{lo},}}"
    return f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"
