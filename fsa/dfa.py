"""A small immutable deterministic finite automaton over hashable symbols.

Every DFA is *trimmed* on construction: states that cannot be reached from the
start, or from which no accepting state can be reached, are dropped.  So a
symbol is offered by :meth:`DFA.allowed` only if some completion of the input
is still accepted -- the property constrained decoding relies on.

>>> d = DFA(0, {0: {"a": 1, "x": 9}, 1: {"b": 0}}, accepting=[1])
>>> d.allowed(0)          # "x" led to state 9, which can never accept
('a',)
>>> d.accepts(["a", "b", "a"]), d.accepts(["a", "b"])
(True, False)
>>> d.walk(["a", "a"])
Traceback (most recent call last):
    ...
fsa.errors.AutomatonError: symbol 'a' at position 1 is not allowed in state 1; allowed: 'b'
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Hashable, Iterable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

from fsa.errors import AutomatonError, BoundsError, format_symbols

State = TypeVar("State", bound=Hashable)
Symbol = TypeVar("Symbol", bound=Hashable)

_NO_START = object()


class DFA(Generic[State, Symbol]):
    """Deterministic automaton ``(start, transitions, accepting)``, trimmed.

    ``transitions[state][symbol]`` is the successor; a missing entry means the
    symbol is refused.  Orders are stable: :attr:`states` is breadth-first from
    the start and :meth:`allowed` keeps the insertion order of ``transitions``.
    The empty language is represented by a lone, non-accepting start state.

    >>> d = DFA("s", {"s": {"x": "t"}, "t": {}, "u": {"x": "t"}}, accepting={"t"})
    >>> d.states, d.alphabet, sorted(d.accepting)
    (('s', 't'), ('x',), ['t'])
    """

    __slots__ = ("_start", "_delta", "_accepting", "_states", "_alphabet", "_distance")

    def __init__(
        self,
        start: State,
        transitions: Mapping[State, Mapping[Symbol, State]],
        accepting: Iterable[State],
    ) -> None:
        final = frozenset(accepting)
        reached = _reachable(start, transitions)
        distance = _distance_to_accept(reached, transitions, final)
        keep = [s for s in reached if s in distance]
        delta: dict[State, dict[Symbol, State]] = {}
        alphabet: dict[Symbol, None] = {}
        for s in keep:
            row = {a: t for a, t in transitions.get(s, {}).items() if t in distance}
            delta[s] = row
            alphabet.update(dict.fromkeys(row))
        if start not in distance:  # empty language: a lone dead start
            keep, delta = [start], {start: {}}
        object.__setattr__(self, "_start", start)
        object.__setattr__(self, "_delta", delta)
        object.__setattr__(self, "_accepting", final.intersection(delta))
        object.__setattr__(self, "_states", tuple(keep))
        object.__setattr__(self, "_alphabet", tuple(alphabet))
        object.__setattr__(self, "_distance", distance)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("DFA is immutable")

    def __repr__(self) -> str:
        return (
            f"DFA({len(self._states)} states, {len(self._alphabet)} symbols, "
            f"{self.num_transitions} transitions)"
        )

    # -- structure -------------------------------------------------------------

    @property
    def start(self) -> State:
        return self._start

    @property
    def states(self) -> tuple[State, ...]:
        return self._states

    @property
    def accepting(self) -> frozenset[State]:
        return self._accepting

    @property
    def alphabet(self) -> tuple[Symbol, ...]:
        """Symbols that occur on some kept transition, in first-seen order."""
        return self._alphabet

    @property
    def transitions(self) -> Mapping[State, Mapping[Symbol, State]]:
        """Read-only view of the transition table."""
        return MappingProxyType({s: MappingProxyType(row) for s, row in self._delta.items()})

    @property
    def num_transitions(self) -> int:
        return sum(len(row) for row in self._delta.values())

    def is_empty(self) -> bool:
        """True when the language is empty."""
        return not self._distance

    # -- running ---------------------------------------------------------------

    def _row(self, state: State) -> dict[Symbol, State]:
        try:
            return self._delta[state]
        except (KeyError, TypeError):
            raise AutomatonError(f"{state!r} is not a state of this automaton", state=state) from None

    def allowed(self, state: State) -> tuple[Symbol, ...]:
        """Symbols that ``state`` accepts, in a stable order."""
        return tuple(self._row(state))

    def is_accepting(self, state: State) -> bool:
        return state in self._accepting

    def step(self, state: State, symbol: Symbol) -> State:
        """Successor of ``state`` on ``symbol``; :class:`AutomatonError` if refused."""
        row = self._row(state)
        try:
            return row[symbol]
        except (KeyError, TypeError):
            raise AutomatonError(
                f"symbol {symbol!r} is not allowed in state {state!r}; allowed: {format_symbols(row)}",
                symbol=symbol,
                state=state,
                allowed=tuple(row),
            ) from None

    def walk(self, symbols: Iterable[Symbol], start: State | object = _NO_START) -> State:
        """State reached by reading ``symbols`` from ``start`` (default: the start).

        Raises :class:`AutomatonError` whose ``position`` is the index of the
        first refused symbol.
        """
        state = self._start if start is _NO_START else start
        row = self._row(state)
        for i, symbol in enumerate(symbols):
            nxt = row.get(symbol, _NO_START) if isinstance(symbol, Hashable) else _NO_START
            if nxt is _NO_START:
                raise AutomatonError(
                    f"symbol {symbol!r} at position {i} is not allowed in state {state!r}; "
                    f"allowed: {format_symbols(row)}",
                    symbol=symbol,
                    state=state,
                    allowed=tuple(row),
                    position=i,
                )
            state, row = nxt, self._delta[nxt]
        return state

    def accepts(self, symbols: Iterable[Symbol]) -> bool:
        """True iff the whole sequence is in the language."""
        try:
            return self.walk(symbols) in self._accepting
        except AutomatonError:
            return False

    def distance(self, state: State) -> int:
        """Fewest symbols that lead from ``state`` to acceptance.

        >>> DFA(0, {0: {"a": 1}, 1: {"b": 2}}, [2]).distance(0)
        2
        """
        self._row(state)
        if state not in self._distance:
            raise AutomatonError("the language is empty", state=state)
        return self._distance[state]

    def random_walk(
        self, rng: random.Random, max_len: int, *, stop: float = 0.2
    ) -> tuple[Symbol, ...]:
        """A random accepted sequence of at most ``max_len`` symbols.

        At an accepting state the walk stops with probability ``stop``; it only
        ever takes symbols after which acceptance is still within budget.

        >>> d = DFA(0, {0: {"a": 0, "b": 1}}, [1])
        >>> walk = d.random_walk(random.Random(1), 5)
        >>> d.accepts(walk) and len(walk) <= 5
        True
        """
        need = self.distance(self._start)
        if need > max_len:
            raise BoundsError(f"the shortest accepted sequence has {need} symbols > max_len={max_len}")
        state, out = self._start, []
        while True:
            budget = max_len - len(out)
            if state in self._accepting and (budget == 0 or rng.random() < stop):
                return tuple(out)
            row = self._delta[state]
            choices = [a for a, t in row.items() if self._distance[t] < budget]
            if not choices:  # accepting, but every continuation is too long
                return tuple(out)
            symbol = rng.choice(choices)
            out.append(symbol)
            state = row[symbol]

    # -- derived automata ------------------------------------------------------

    def relabelled(self) -> DFA[int, Symbol]:
        """The same automaton with states renamed ``0..n-1`` in :attr:`states` order."""
        index = {s: i for i, s in enumerate(self._states)}
        table = {index[s]: {a: index[t] for a, t in row.items()} for s, row in self._delta.items()}
        return DFA(index[self._start], table, (index[s] for s in self._accepting))

    def minimized(self) -> DFA[State, Symbol]:
        """Equivalent automaton with the fewest states (Moore partition refinement).

        Each class is named by its first member in :attr:`states` order.

        >>> DFA(0, {0: {"a": 1, "b": 2}, 1: {"c": 3}, 2: {"c": 3}}, [3]).minimized().states
        (0, 1, 3)
        """
        block = {s: int(s in self._accepting) for s in self._states}
        count = len(set(block.values()))
        while True:
            signature = {
                s: (block[s], frozenset((a, block[t]) for a, t in self._delta[s].items()))
                for s in self._states
            }
            numbering: dict[tuple, int] = {}
            block = {s: numbering.setdefault(signature[s], len(numbering)) for s in self._states}
            if len(numbering) == count:
                break
            count = len(numbering)
        leader: dict[int, State] = {}
        for s in self._states:
            leader.setdefault(block[s], s)
        table = {
            leader[b]: {a: leader[block[t]] for a, t in self._delta[s].items()}
            for b, s in leader.items()
        }
        return DFA(leader[block[self._start]], table, (leader[block[s]] for s in self._accepting))


def _reachable(start: Hashable, transitions: Mapping) -> list:
    """States reachable from ``start``, breadth-first."""
    seen = {start: None}
    queue = deque([start])
    while queue:
        for target in transitions.get(queue.popleft(), {}).values():
            if target not in seen:
                seen[target] = None
                queue.append(target)
    return list(seen)


def _distance_to_accept(states: list, transitions: Mapping, final: frozenset) -> dict:
    """Shortest distance to an accepting state, for the states that have one."""
    incoming: dict = {s: [] for s in states}
    for s in states:
        for t in transitions.get(s, {}).values():
            incoming[t].append(s)
    distance = {s: 0 for s in states if s in final}
    queue = deque(distance)
    while queue:
        t = queue.popleft()
        for s in incoming[t]:
            if s not in distance:
                distance[s] = distance[t] + 1
                queue.append(s)
    return distance
