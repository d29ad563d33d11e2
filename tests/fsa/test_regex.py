import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fsa.regex import alternation, char_class, concatenable, escape

TEXT = st.text(alphabet="ab1-(). ,&~^[]\\|?*+{}$", max_size=5)


@settings(deadline=None)
@given(st.sets(TEXT, min_size=1, max_size=8), TEXT)
def test_alternation_matches_exactly_its_strings(strings, probe):
    rx = alternation(strings)
    for s in strings:
        assert re.fullmatch(rx, s)
    assert bool(re.fullmatch(rx, probe)) == (probe in strings)


@settings(deadline=None)
@given(TEXT)
def test_escape_is_literal(text):
    assert re.fullmatch(escape(text), text)


@settings(deadline=None)
@given(st.sets(st.characters(codec="ascii"), min_size=1, max_size=10), st.characters(codec="ascii"))
def test_char_class(chars, probe):
    rx = char_class(chars)
    assert bool(re.fullmatch(rx, probe)) == (probe in chars)


def test_concatenable():
    assert re.fullmatch(concatenable("a|b") + "c", "bc")
    assert concatenable("(?:a|b)c") == "(?:a|b)c"
