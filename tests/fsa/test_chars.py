import random
import re
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fsa import DFA, TermSpec, char_automaton
from fsa.testing import nested_terms, term_text

SPEC = TermSpec({"AND": (2, None), "OR": (2, None), "NOT": (1, 1)}, [f"q{i}" for i in range(1, 31)], max_depth=3)
CHARS = char_automaton(SPEC.automaton())
REGEX = re.compile(SPEC.regex())


def test_prefix_spellings_stay_deterministic():
    d = DFA(0, {0: {"q1": 1, "q10": 1}, 1: {"!": 2}}, [2])
    c = char_automaton(d)
    assert c.accepts("q1!") and c.accepts("q10!") and not c.accepts("q100!") and not c.accepts("q1")
    assert set(c.allowed(c.walk("q1"))) == {"0", "!"}
    assert c.states == tuple(range(len(c.states))) and c.start == 0


def test_custom_spelling_and_empty_spelling():
    d = DFA(0, {0: {"open": 1}, 1: {"close": 2}}, [2])
    assert char_automaton(d, {"open": "<", "close": ">"}).accepts("<>")
    with pytest.raises(ValueError, match="empty spelling"):
        char_automaton(d, {"open": "", "close": ">"})


@st.composite
def dfas_with_spellings(draw):
    n = draw(st.integers(1, 4))
    symbols = ["s0", "s1", "s2"]
    table = {q: {a: draw(st.integers(0, n - 1)) for a in draw(st.sets(st.sampled_from(symbols)))} for q in range(n)}
    accepting = draw(st.sets(st.integers(0, n - 1)))
    spelling = {a: draw(st.text(alphabet="ab", min_size=1, max_size=3)) for a in symbols}
    return DFA(0, table, accepting), spelling


def spelled_accepts(dfa, spelling, text):
    """Oracle: some accepted symbol sequence is spelled ``text`` (dynamic programming)."""

    @lru_cache(maxsize=None)
    def ok(pos, state):
        if pos == len(text):
            return dfa.is_accepting(state)
        return any(
            text.startswith(spelling[a], pos) and ok(pos + len(spelling[a]), dfa.step(state, a))
            for a in dfa.allowed(state)
        )

    return ok(0, dfa.start)


@settings(deadline=None)
@given(dfas_with_spellings(), st.text(alphabet="ab", max_size=7))
def test_char_automaton_accepts_exactly_spelled_words(case, text):
    dfa, spelling = case
    assert char_automaton(dfa, spelling).accepts(text) == spelled_accepts(dfa, spelling, text)


@settings(deadline=None)
@given(st.integers(0, 2**32))
def test_spelled_random_walks_are_accepted(seed):
    word = SPEC.automaton().random_walk(random.Random(seed), 40)
    assert CHARS.accepts("".join(word))


@settings(deadline=None)
@given(nested_terms(SPEC), st.data())
def test_char_automaton_agrees_with_regex_near_the_language(term, data):
    text = term_text(SPEC, term)
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, min(len(text), i + 3)))
    text = text[:i] + data.draw(st.text(alphabet="ANDORTq0123(), ", max_size=3)) + text[j:]
    assert CHARS.accepts(text) == bool(REGEX.fullmatch(text))
