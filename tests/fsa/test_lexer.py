import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fsa import LexError, Lexer, TermSpec, lex
from fsa.testing import nested_terms, term_symbols

SPEC = TermSpec({"AND": (2, None), "OR": (2, None), "NOT": (1, 1)}, [f"q{i}" for i in range(1, 31)], max_depth=3)
SYMBOLS = list(SPEC.symbols)


def test_longest_match_and_canonical_separator():
    assert lex("AND(q1,q10)", SYMBOLS) == ["AND(", "q1", ", ", "q10", ")"]
    assert lex("AND( q1 ,   q2 )", SYMBOLS) == ["AND(", "q1", ", ", "q2", ")"]
    assert lex("  ", SYMBOLS) == []


def test_without_whitespace_skipping_spelling_is_exact():
    assert lex("AND(q1, q2)", SYMBOLS, skip_whitespace=False) == ["AND(", "q1", ", ", "q2", ")"]
    with pytest.raises(LexError):
        lex("AND(q1,q2)", SYMBOLS, skip_whitespace=False)


def test_error_names_offset_and_snippet():
    with pytest.raises(LexError, match=r"offset 4: '\$x\)'") as info:
        lex("AND($x)", SYMBOLS)
    assert info.value.offset == 4 and info.value.snippet == "$x)"


def test_leaf_pattern():
    rx = r"[a-z]\w*(?:\.\w+)*"
    assert lex("NOT(s3.b)", ["NOT(", ")"], leaf_pattern=rx) == ["NOT(", "s3.b", ")"]
    # a known symbol beats an equally long leaf match; a longer leaf wins
    assert lex("q1 q100", ["q1"], leaf_pattern=rx) == ["q1", "q100"]


def test_bad_symbol_sets():
    with pytest.raises(ValueError, match="empty"):
        Lexer([" "])
    with pytest.raises(ValueError, match="same"):
        Lexer([",", ", "])


@settings(deadline=None)
@given(nested_terms(SPEC), st.data())
def test_round_trip_with_random_whitespace(term, data):
    spaces = st.text(alphabet=" \t\n", max_size=2)
    text = data.draw(spaces)
    for symbol in term_symbols(SPEC, term):
        text += symbol.strip() + data.draw(spaces)
    assert lex(text, SYMBOLS) == term_symbols(SPEC, term)


@settings(deadline=None)
@given(nested_terms(SPEC))
def test_spec_parse_round_trip(term):
    text = "".join(s.strip() for s in term_symbols(SPEC, term))
    assert SPEC.parse(text) == term_symbols(SPEC, term)
