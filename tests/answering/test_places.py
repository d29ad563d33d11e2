"""The places answerer: where the reader lives or comes from, decided from a table; abstention otherwise."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.places import FROM, IN, LIVES, PlaceAnswerer, asked_places, decide, load_places, stated_place


@pytest.mark.parametrize("scenario, question, expected", [
    ("I live alone in Paris. I work and am attending school.", "Do you live in France?", "yes"),
    ("I live alone in Paris. I work and am attending school.", "Do you live in Gibraltar?", "no"),
    ("I live in Malta, and I have claimed Constant Attendance Allowance.", "Do you live in Malta?", "yes"),
    ("I'm in Pakistan right now. I was working.", "Are you in Israel?", "no"),
    ("I'm living in London with my husband and son right now.", "Do you live in England, Scotland or Wales?", "yes"),
    ("I'm living in London with my husband.", "Do you live in Leeds?", "no"),   # two cities of England
    ("I'm living in Switzerland with my wife.", "Do you live in Switzerland or a European Economic Area (EEA) "
                                                "country?", "yes"),
    ("We live in Lyon.", "Do you live in an EEA country?", "yes"),
    ("We live in Lyon.", "Are you a resident of Spain, Portugal or Italy?", "no"),
    ("We live in New Jersey.", "Are you in Jersey?", "no"),                    # the longest name is read
    ("I am a 23 year old man from Israel.", "Are you from Israel?", "yes"),
    ("I'm from Tunisia.", "Are you from Algeria, Morocco, San Marino or Tunisia?", "yes"),
    ("I reside in a small place in Grenoble, in the south of France.", "Do you live in France?", "yes"),
    ("I am a resident of Gibraltar.", "Do you live in the UK?", "no"),
    ("I am residing in the United States of America.", "Are you in Serbia?", "no"),
    ("I live in Leeds, and I work in Spain.", "Do you live in England?", "yes"),
    # where the reader works, a sense of its own (the model said "yes" to the UK for someone working in Canada)
    ("I am working in Canada. I am not retired.", "Are you working in the UK?", "no"),
    ("I work full-time in Leeds.", "Do you work in England?", "yes"),
    ("I live in Leeds, and I work in Spain.", "Do you work in Spain?", "yes"),
    ("I have a job in Lyon.", "Are you employed in France?", "yes"),
])
def test_answers_from_the_place_stated(scenario, question, expected):
    got = PlaceAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == expected and got.answerer == "places"
    assert got.evidence.kind == "scenario"
    assert scenario[got.evidence.span[0]:got.evidence.span[1]] == got.evidence.text


@pytest.mark.parametrize("scenario, question", [
    ("I live in England.", "Do you live in Leeds?"),                        # finer than what was said
    ("I live in the UK.", "Do you live in Great Britain?"),                 # part of the UK may be
    ("I live in London.", "Do you live in an EEA country?"),                # UK membership changed in 2020
    ("I'm from Israel.", "Do you live in Israel?"),                          # origin is not residence
    ("I live in Leeds. We moved to Spain.", "Do you live in France?"),      # two places stated
    ("I live in Atlantis.", "Do you live in France?"),                       # not in the table
    ("I live in Paris.", "Will you be living in the UK during the qualifying week?"),  # more than a place
    ("I live in Paris.", "Do you live in a house?"),                         # not a place question
    ("My sister lives in Paris.", "Do you live in France?"),                 # not the reader
    ("I live in Georgia.", "Do you live in the United States?"),             # ambiguous name
    ("I am in debt.", "Are you in France?"),                                 # "in" without a place
    ("I live in a flat with a friend from Spain.", "Do you live in Spain?"),  # the friend's place
    ("I'm in France on holiday.", "Do you live in Spain?"),                  # being there is not living there
    ("I live in Spain. I'm in France right now.", "Are you in Italy?"),      # two places for "in"
    ("I live in Spain.", "Do you work in Spain?"),                           # living there is not working there
    ("I work in retail.", "Do you work in the UK?"),                         # a trade, not a place
    ("I work in Spain.", "Do you live in Spain?"),                           # working there is not living there
])
def test_abstains_where_the_table_does_not_decide(scenario, question):
    assert PlaceAnswerer().answer_batch([question], scenario) == [None]


def test_what_it_reads():
    assert asked_places("Are you in Bosnia and Herzegovina?") == (IN, ["Bosnia and Herzegovina"])
    assert asked_places("Do you live in Bosnia and Herzegovina?") == (LIVES, ["Bosnia and Herzegovina"])
    assert asked_places("Are you from the United States?") == (FROM, ["United States"])
    assert stated_place("I'm in the UK at the moment.", IN)[0] == "United Kingdom"
    assert stated_place("I'm in the UK at the moment.", LIVES) is None  # being there is not living there
    assert stated_place("I live in the UK.", IN)[0] == "United Kingdom"  # living there is being there
    assert stated_place("I'm in the UK at the moment.", FROM) is None
    assert load_places().chain("Leeds") == ["Leeds", "England", "United Kingdom"]
    assert decide(["the EEA"], "Oslo") is True and decide(["the EU"], "Oslo") is False


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("places") < DEFAULT_CHAIN.index("cross-encoder")
    a = answer(["Do you live in Wales?", "Do you have children?"], "I live in Cardiff.", answerer="places")
    assert a[0].value == "yes" and a[0].evidence.text == "I live in Cardiff."
    assert a[1].value == "unknown"  # abstained, nothing after it in this chain


COUNTRIES = sorted(load_places().countries)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(COUNTRIES), st.sampled_from(COUNTRIES))
def test_a_stated_country_decides_every_other(home, other):
    got = PlaceAnswerer().answer_batch([f"Do you live in {home}?", f"Do you live in {other}?"],
                                       f"I have a small flat. I live in {home}.")
    # every country is decided, never left to the model: "yes" only for the country itself or one containing it
    # (Hong Kong lies in China in the table); a finer place than the one stated (Hong Kong, for someone who lives in
    # China) is left open, as the answerer's docstring says
    places = load_places()
    expected = "yes" if other in places.chain(home) else None if home in places.chain(other) else "no"
    assert [a.value if a else None for a in got] == ["yes", expected]


def test_a_place_denied_is_no_and_the_others_stay_unknown():
    scenario = "I dont live in Cyprus, and Ive never been to France"
    got = PlaceAnswerer().answer_batch(["Do you live in Cyprus?", "Do you live in Gibraltar?",
                                        "Do you live in Cyprus or Malta?"], scenario)
    # "unknown" is said, not left to a model that would guess "no" by the closed world
    assert [a.value for a in got] == ["no", "unknown", "unknown"]
    assert all(a.evidence.text == scenario for a in got)
    assert PlaceAnswerer().answer_batch(["Do you live in Cyprus?"], "I move out of Cyprus ten years ago")[0].value == "no"
    assert PlaceAnswerer().answer_batch(["Do you live in Wales?"], "We don't live in the UK.")[0].value == "no"
