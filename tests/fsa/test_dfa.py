import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fsa import DFA, AutomatonError, BoundsError

# (ab)*  plus junk: state 3 is unreachable, state 4 is dead.
TABLE = {0: {"a": 1, "x": 4}, 1: {"b": 0, "y": 4}, 3: {"a": 0}, 4: {"z": 4}}


@pytest.fixture
def dfa():
    return DFA(0, TABLE, accepting=[0])


def test_structure(dfa):
    assert dfa.start == 0
    assert dfa.states == (0, 1)
    assert dfa.accepting == frozenset({0})
    assert dfa.alphabet == ("a", "b")
    assert dfa.allowed(0) == ("a",) and dfa.allowed(1) == ("b",)
    assert dfa.is_accepting(0) and not dfa.is_accepting(1)
    assert dfa.num_transitions == 2
    assert dict(dfa.transitions[0]) == {"a": 1}


def test_trimming_drops_unreachable_and_dead_states(dfa):
    assert 3 not in dfa.states and 4 not in dfa.states
    for s in dfa.states:
        for t in dfa.transitions[s].values():
            assert t in dfa.states


def test_step_and_walk(dfa):
    assert dfa.step(0, "a") == 1
    assert dfa.walk("abab") == 0
    assert dfa.walk("b", start=1) == 0
    assert dfa.accepts("abab") and dfa.accepts("") and not dfa.accepts("aba")
    assert not dfa.accepts("ax")


def test_step_error_names_symbol_state_and_allowed(dfa):
    with pytest.raises(AutomatonError, match=r"'x'.*state 0.*allowed: 'a'") as info:
        dfa.step(0, "x")
    assert (info.value.symbol, info.value.state, info.value.allowed) == ("x", 0, ("a",))


def test_walk_error_has_position(dfa):
    with pytest.raises(AutomatonError, match="position 2") as info:
        dfa.walk(["a", "b", "b"])
    assert info.value.position == 2 and info.value.symbol == "b"


def test_unknown_state_and_unhashable_symbol(dfa):
    with pytest.raises(AutomatonError, match="not a state"):
        dfa.allowed(99)
    with pytest.raises(AutomatonError):
        dfa.walk([["a"]])
    assert not dfa.accepts([["a"]])


def test_immutable(dfa):
    with pytest.raises(AttributeError):
        dfa.start = 1
    with pytest.raises(TypeError):
        dfa.transitions[0]["b"] = 0  # read-only view


def test_empty_language():
    d = DFA("s", {"s": {"a": "t"}}, accepting=[])
    assert d.is_empty() and d.states == ("s",) and d.allowed("s") == () and not d.accepts("")


def test_minimized_and_relabelled():
    d = DFA(0, {0: {"a": 1, "b": 2}, 1: {"c": 3}, 2: {"c": 3}}, [3])
    m = d.minimized()
    assert len(m.states) == 3
    r = m.relabelled()
    assert r.states == (0, 1, 2) and r.start == 0
    for word in ["ac", "bc", "a", "cc", ""]:
        assert d.accepts(word) == m.accepts(word) == r.accepts(word)


@st.composite
def random_dfas(draw):
    n = draw(st.integers(1, 6))
    states = range(n)
    table = {
        s: {a: draw(st.sampled_from(states)) for a in draw(st.sets(st.sampled_from("abc")))}
        for s in states
    }
    accepting = draw(st.sets(st.sampled_from(states)))
    return table, accepting


def _raw_accepts(table, accepting, word):
    s = 0
    for a in word:
        if a not in table.get(s, {}):
            return False
        s = table[s][a]
    return s in accepting


@settings(deadline=None)
@given(random_dfas(), st.lists(st.sampled_from("abc"), max_size=8))
def test_trimming_and_minimizing_preserve_the_language(spec, word):
    table, accepting = spec
    d = DFA(0, table, accepting)
    expected = _raw_accepts(table, accepting, word)
    assert d.accepts(word) == expected
    assert d.minimized().accepts(word) == expected
    assert d.relabelled().accepts(word) == expected


@settings(deadline=None)
@given(random_dfas())
def test_every_kept_state_is_live(spec):
    d = DFA(0, *spec)
    if d.is_empty():
        return
    for s in d.states:
        assert d.distance(s) >= 0  # reaches acceptance
        word = d.random_walk(random.Random(0), 50)
        assert d.accepts(word)


@settings(deadline=None)
@given(random_dfas(), st.integers(0, 2**32), st.integers(0, 12))
def test_random_walk_is_accepted_and_within_budget(spec, seed, max_len):
    d = DFA(0, *spec)
    if d.is_empty():
        return
    if d.distance(d.start) > max_len:
        with pytest.raises(BoundsError):
            d.random_walk(random.Random(seed), max_len)
        return
    word = d.random_walk(random.Random(seed), max_len)
    assert len(word) <= max_len and d.accepts(word)
