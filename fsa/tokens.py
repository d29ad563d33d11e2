"""Which tokens of a language model's vocabulary keep the output in a language.

:class:`TokenIndex` joins a character automaton (see :mod:`fsa.chars`) with a
vocabulary of decoded token strings; it knows nothing of any model.  A token
is allowed in a state iff its whole text can be walked from that state; the
end-of-sequence token iff the state is accepting.  Because automata are
trimmed, every allowed token still leaves a way to finish.

>>> from fsa.dfa import DFA
>>> chars = DFA(0, {0: {"a": 1}, 1: {"b": 0}}, [1])          # (ab)*a
>>> index = TokenIndex(chars, ["a", "b", "ab", "ba", "c"], eos_token_id=9)
>>> index.allowed_token_ids(index.initial_state)
[0, 2]
>>> s = index.advance(index.initial_state, 0)
>>> index.allowed_token_ids(s)                               # EOS: "a" is complete
[1, 3, 9]
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Mapping, Sequence

from fsa.dfa import DFA
from fsa.errors import AutomatonError, BoundsError


class TokenIndex:
    """Allowed token ids per character-automaton state, computed lazily and cached.

    ``vocabulary`` maps decoded token text to id, or lists the text of token
    ``i`` at index ``i`` (``None`` or ``""`` for tokens never to emit).  The
    lookup walks the sorted token texts like a trie, pruned by the automaton:
    it only visits prefixes that the language allows.
    """

    def __init__(
        self,
        char_dfa: DFA[Hashable, str],
        vocabulary: Mapping[str, int] | Sequence[str | None],
        eos_token_id: int,
    ) -> None:
        ids_of: dict[str, list[int]] = {}
        if isinstance(vocabulary, Mapping):
            ids_of = {text: [i] for text, i in vocabulary.items() if text and i != eos_token_id}
            size = max(vocabulary.values(), default=-1) + 1
        else:
            for i, text in enumerate(vocabulary):
                if text and i != eos_token_id:
                    ids_of.setdefault(text, []).append(i)
            size = len(vocabulary)
        self._keys = sorted(ids_of)
        self._ids = [tuple(ids_of[k]) for k in self._keys]
        self._delta = {s: dict(row) for s, row in char_dfa.transitions.items()}
        self._dfa = char_dfa
        self.eos_token_id = eos_token_id
        self.vocab_size = max(size, eos_token_id + 1)
        # state -> {token id: next state}, EOS included when accepting
        self._cache: dict[Hashable, dict[int, Hashable]] = {}

    @property
    def initial_state(self) -> Hashable:
        return self._dfa.start

    @property
    def char_automaton(self) -> DFA[Hashable, str]:
        return self._dfa

    def is_accepting(self, state: Hashable) -> bool:
        return self._dfa.is_accepting(state)

    def allowed_token_ids(self, state: Hashable, budget: int | None = None) -> list[int]:
        """Sorted ids of the tokens allowed in ``state``.

        With ``budget`` (tokens that may still be emitted) only tokens after
        which acceptance is reachable within the rest of the budget are kept,
        assuming every character is also a single token (true of byte-level
        vocabularies); EOS is never needed, so an accepting state ends it.
        """
        moves = self._moves(state)
        if budget is None:
            return list(moves)
        if budget <= 0:
            return []
        distance = self._dfa.distance
        return [t for t, nxt in moves.items() if t == self.eos_token_id or distance(nxt) < budget]

    def advance(self, state: Hashable, token_id: int) -> Hashable:
        """State after emitting ``token_id`` (EOS leaves the state unchanged)."""
        try:
            return self._moves(state)[token_id]
        except KeyError:
            text = self.token_text(token_id)
            raise AutomatonError(
                f"token {token_id} ({text!r}) is not allowed in state {state!r}",
                symbol=token_id, state=state,
            ) from None

    def token_text(self, token_id: int) -> str | None:
        """The decoded text of a token id (``None`` if unknown or EOS)."""
        for key, ids in zip(self._keys, self._ids):
            if token_id in ids:
                return key
        return None

    def _moves(self, state: Hashable) -> dict[int, Hashable]:
        moves = self._cache.get(state)
        if moves is None:
            moves = self._cache[state] = self._explore(state)
        return moves

    def _explore(self, state: Hashable) -> dict[int, Hashable]:
        if state not in self._delta:
            raise AutomatonError(f"{state!r} is not a state of the character automaton", state=state)
        keys, ids, delta = self._keys, self._ids, self._delta
        found: dict[int, Hashable] = {}
        # (lo, hi, depth, s): keys[lo:hi] share their first `depth` characters,
        # none is exactly that prefix, and reading the prefix leads to state s.
        stack = [(0, len(keys), 0, state)] if keys else []
        while stack:
            lo, hi, depth, s = stack.pop()
            prefix = keys[lo][:depth]
            for c, nxt in delta[s].items():
                a = bisect.bisect_left(keys, prefix + c, lo, hi)
                b = bisect.bisect_left(keys, prefix + chr(ord(c) + 1), a, hi) if ord(c) < 0x10FFFF else hi
                if a == b:
                    continue
                if len(keys[a]) == depth + 1:  # the token is exactly prefix + c
                    found.update(dict.fromkeys(ids[a], nxt))
                    a += 1
                if a < b:
                    stack.append((a, b, depth + 1, nxt))
        if self._dfa.is_accepting(state):
            found[self.eos_token_id] = state
        return dict(sorted(found.items()))


def constrained_greedy(
    score_fn: Callable[[list[int]], Sequence[float]],
    index: TokenIndex,
    max_tokens: int,
) -> list[int]:
    """Greedy decoding restricted to ``index``'s language.

    ``score_fn(tokens_so_far)`` returns one score per token id.  Decoding stops
    after EOS (included in the result) or after ``max_tokens`` tokens, always
    in an accepting state (tokens are filtered by the remaining budget).

    >>> from fsa.dfa import DFA
    >>> index = TokenIndex(DFA(0, {0: {"a": 0, "b": 1}}, [1]), ["a", "b", "<eos>"], 2)
    >>> constrained_greedy(lambda seq: [1.0, 0.0, 0.5], index, max_tokens=4)
    [0, 0, 0, 1]
    """
    state, out = index.initial_state, []
    while len(out) < max_tokens:
        allowed = index.allowed_token_ids(state, budget=max_tokens - len(out))
        if not allowed:
            raise BoundsError(f"no token can be emitted within the budget of {max_tokens} tokens")
        scores = score_fn(out)
        best = max(allowed, key=lambda t: scores[t])
        out.append(best)
        if best == index.eos_token_id:
            break
        state = index.advance(state, best)
    if not index.is_accepting(state):
        raise BoundsError(f"no accepted output fits in {max_tokens} tokens")
    return out
