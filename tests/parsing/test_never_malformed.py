"""Property: whatever the text, a parse yields a tree the automaton accepts, or the clear
"no conditions found" state, or a clear PolicyParseError — never a malformed tree."""

from __future__ import annotations

import random

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trees
from pcd.parsing.decoding import Decoder, PlanScorer
from pcd.policy import NO_CONDITIONS, PolicyParseError, parse_policy

WORDS = ("you your they if unless except and or not either neither nor only provided as long must can can't "
         "get claim are is have live over 65 in Wales a student carer following all one of any include "
         "items ambulances Telephone 0300 : ; , . * - # (a) (1) 1. \n \n\n").split(" ")


def check(text: str) -> None:
    try:
        p = parse_policy(text)
    except PolicyParseError:
        return
    if p.status == NO_CONDITIONS:
        assert p.tree is None and not p.questions
        return
    ids = [q.id for q in p.questions]
    dfa = trees.tree_automaton(ids, max_depth=4)
    assert dfa.accepts(trees.symbols(p.tree))
    assert trees.loads(p.linear, p.questions) == p.tree
    for q in p.questions:
        c = q.citation
        assert c.quote == text[c.start:c.end]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join))
def test_generated_policy_like_text_never_gives_a_malformed_tree(text):
    check(text)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(min_size=1, max_size=120))
def test_arbitrary_text_never_gives_a_malformed_tree(text):
    check(text)


def test_fuzzed_real_policies_never_give_a_malformed_tree():
    base = ("You’ll usually get Cold Weather Payments if you get Universal Credit, you’re not employed or "
            "self-employed and one of the following apply:\n\n* you get a limited capability for work amount\n"
            "* you have a child under 5 living with you\n\nYou can't claim unless you live in Wales.")
    rng = random.Random(7)
    for _ in range(25):
        chars = list(base)
        for _ in range(rng.randint(1, 12)):
            op, k = rng.random(), rng.randrange(len(chars))
            if op < 0.4:
                del chars[k]
            elif op < 0.8:
                chars.insert(k, rng.choice("if,;:*\n ()or and not"))
            else:
                chars[k] = rng.choice("aeiou \n*")
        check("".join(chars))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["AND(", "OR(", "NOT(", ")", ", ", "q1", "q2", "q3", "junk"]), max_size=30))
def test_decoder_output_is_accepted_whatever_the_plan(plan):
    dec = Decoder(["q1", "q2", "q3"], max_depth=4)
    symbols = dec.decode(PlanScorer(plan))
    assert dec.dfa.accepts(symbols)


@pytest.mark.parametrize("text", ["Benefits include", "The eligible items include", "Items include:"])
def test_a_clause_ending_in_include_lists_nothing(text):
    # found by the property test above: "include" with nothing after it used to raise AttributeError
    assert parse_policy(text).status == NO_CONDITIONS
