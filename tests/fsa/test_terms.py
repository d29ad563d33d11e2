import random
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fsa import AutomatonError, BoundsError, TermSpec, explain_rejection, term_automaton, term_regex
from fsa.terms import END
from fsa.testing import nested_terms, term_depth, term_symbols, term_text

OPS = {"AND": (2, None), "OR": (2, None), "NOT": (1, 1)}
LEAVES = [f"q{i}" for i in range(1, 31)]
SPEC = TermSpec(OPS, LEAVES, max_depth=3)
DFA3 = SPEC.automaton()
REGEX3 = re.compile(SPEC.regex())


def accepts(text: str, spec: TermSpec = SPEC) -> bool:
    return spec.automaton().accepts(spec.lexer(unknown_leaves=False).lex(text))


@pytest.mark.parametrize(
    "text, ok",
    [
        ("q1", True),
        ("AND(q1, q2)", True),
        ("AND(q1, q2, q3)", True),
        ("OR(q1, NOT(q2), AND(q3, q30))", True),
        ("NOT(NOT(NOT(q1)))", True),
        ("AND(q1)", False),
        ("NOT(q1, q2)", False),
        ("NOT()", False),
        ("AND(q1, q2", False),
        ("q1)", False),
        ("q1, q2", False),
        ("", False),
        ("NOT(NOT(NOT(NOT(q1))))", False),  # depth 4 > 3
    ],
)
def test_hand_examples(text, ok):
    assert accepts(text) is ok
    assert bool(REGEX3.fullmatch(text)) is ok


def test_wrapper_functions_match_spec():
    assert term_automaton(OPS, LEAVES, max_depth=3) is DFA3  # cached
    assert term_regex(OPS, LEAVES, max_depth=3) == SPEC.regex()


def test_symbols_and_allowed_order():
    assert SPEC.symbols[:3] == ("AND(", "OR(", "NOT(") and SPEC.symbols[-2:] == (", ", ")")
    assert DFA3.allowed(DFA3.start) == SPEC.symbols[:-2]
    assert set(DFA3.alphabet) == set(SPEC.symbols)


def test_unknown_leaf_is_a_bounds_error():
    with pytest.raises(BoundsError, match=r"leaf 'q40' at position 3 is not in the alphabet of 30 leaves"):
        SPEC.parse("AND(q1, q40)")
    assert not DFA3.accepts(["AND(", "q1", ", ", "q40", ")"])


def test_unknown_operator_is_a_bounds_error():
    with pytest.raises(BoundsError, match="operator 'XOR' at position 0 is not one of the 3 operators"):
        SPEC.parse("XOR(q1, q2)")


def test_depth_limit_is_a_bounds_error():
    text = "AND(q1, NOT(OR(q2, NOT(NOT(q3)))))"  # depth 5
    with pytest.raises(BoundsError, match=r"nesting depth 5 exceeds max_depth=3 \(operator 'NOT\(' at position 7\)"):
        SPEC.parse(text)
    assert TermSpec(OPS, LEAVES, max_depth=5).parse(text)


@pytest.mark.parametrize(
    "text, message",
    [
        ("AND(q1)", "AND takes at least 2 arguments, got 1"),
        ("NOT(q1, q2)", "NOT takes at most 1 arguments"),
        ("AND(q1, q2", "incomplete term after 4 symbols; expected one of: ', ', ')'"),
        ("q1 q2", "unexpected 'q2' at position 1: the term is already complete"),
        ("AND(, q1)", "', ' at position 1 is not allowed here"),
    ],
)
def test_syntax_errors_are_not_bounds_errors(text, message):
    symbols = SPEC.lexer(unknown_leaves=False).lex(text)
    with pytest.raises(AutomatonError, match=re.escape(message)) as info:
        SPEC.check(symbols)
    assert not isinstance(info.value, BoundsError)
    assert explain_rejection(SPEC, symbols) == str(info.value)


def test_explain_accepts():
    assert SPEC.explain(["q1"]) is None


def test_invalid_specs():
    with pytest.raises(ValueError):
        TermSpec({"AND": (3, 2)}, LEAVES, max_depth=2)
    with pytest.raises(ValueError):
        TermSpec(OPS, ["q1", "q1"], max_depth=2)
    with pytest.raises(ValueError):
        TermSpec(OPS, ["AND("], max_depth=2)
    with pytest.raises(ValueError):
        TermSpec(OPS, LEAVES, max_depth=-1)


def test_spec_is_immutable_and_hashable():
    assert TermSpec(OPS, LEAVES, max_depth=3) == SPEC and hash(TermSpec(OPS, LEAVES, max_depth=3)) == hash(SPEC)
    with pytest.raises(AttributeError):
        SPEC.max_depth = 4


def test_zero_and_fixed_arities():
    spec = TermSpec({"F": (0, 2), "G": (0, 0), "H": (2, 2)}, ["x"], open="[", close="]", sep=";", max_depth=2)
    dfa, rx = spec.automaton(), re.compile(spec.regex())
    for text, ok in [("F[]", True), ("G[]", True), ("F[x]", True), ("F[x;x]", True), ("F[x;x;x]", False),
                     ("G[x]", False), ("H[x]", False), ("H[x;F[]]", True), ("F[;]", False), ("F[F[F[]]]", False)]:
        assert dfa.accepts(spec.lexer(unknown_leaves=False).lex(text)) is ok, text
        assert bool(rx.fullmatch(text)) is ok, text


@pytest.mark.parametrize("depth", [0, 1, 2, 3, 4])
def test_automaton_is_minimal(depth):
    dfa = TermSpec(OPS, LEAVES, max_depth=depth).automaton()
    assert len(dfa.minimized().states) == len(dfa.states)


def test_size_and_build_time_at_depth_6():
    spec = TermSpec(OPS, LEAVES, max_depth=6)
    start = time.perf_counter()
    dfa = TermSpec(OPS, LEAVES, max_depth=6).automaton()
    elapsed = time.perf_counter() - start
    # 2 * (3 + 9 + ... + 3**6) frame stacks, plus start/end
    assert len(dfa.states) == 2186
    assert elapsed < 5
    assert len(spec.regex()) < 10_000


@settings(deadline=None)
@given(st.integers(0, 2**32), st.integers(0, 4))
def test_random_walks_are_accepted_and_match_regex(seed, depth):
    spec = TermSpec(OPS, LEAVES, max_depth=depth)
    dfa = spec.automaton()
    word = dfa.random_walk(random.Random(seed), 60)
    assert dfa.accepts(word)
    assert dfa.walk(word) == (END, ())
    assert re.fullmatch(spec.regex(), "".join(word))
    assert spec.depth(word) <= depth
    spec.check(word)


@settings(deadline=None)
@given(st.lists(st.sampled_from(SPEC.symbols[:3] + ("q1", "q10", "q2") + SPEC.symbols[-2:]), max_size=12))
def test_dfa_and_regex_agree_on_random_symbol_strings(word):
    assert DFA3.accepts(word) == bool(REGEX3.fullmatch("".join(word)))
    assert (SPEC.explain(word) is None) == DFA3.accepts(word)


@settings(deadline=None)
@given(nested_terms(SPEC))
def test_generated_terms_are_accepted(term):
    symbols = term_symbols(SPEC, term)
    assert DFA3.accepts(symbols)
    assert REGEX3.fullmatch(term_text(SPEC, term))
    assert SPEC.depth(symbols) == term_depth(term)


@settings(deadline=None)
@given(nested_terms(TermSpec(OPS, LEAVES, max_depth=4)))
def test_terms_deeper_than_the_bound_are_refused_with_a_bounds_error(term):
    symbols = term_symbols(SPEC, term)
    if term_depth(term) <= SPEC.max_depth:
        assert DFA3.accepts(symbols)
    else:
        assert not DFA3.accepts(symbols)
        assert not REGEX3.fullmatch(term_text(SPEC, term))
        with pytest.raises(BoundsError, match="exceeds max_depth=3"):
            SPEC.check(symbols)


@settings(deadline=None)
@given(nested_terms(SPEC), st.data())
def test_dfa_and_regex_agree_near_the_language(term, data):
    """Mutations of valid terms: one symbol inserted, deleted or replaced."""
    word = term_symbols(SPEC, term)
    i = data.draw(st.integers(0, len(word)))
    symbol = data.draw(st.sampled_from(SPEC.symbols))
    mutation = data.draw(st.sampled_from(["insert", "delete", "replace"]))
    if mutation == "insert":
        word.insert(i, symbol)
    elif i < len(word):
        word[i : i + 1] = [] if mutation == "delete" else [symbol]
    assert DFA3.accepts(word) == bool(REGEX3.fullmatch("".join(word)))
    assert (SPEC.explain(word) is None) == DFA3.accepts(word)
