"""A prior answer to a narrower or wider question decides the asked one when logic says so."""

import pytest

from pcd.answering import answer
from pcd.answering.base import GivenTurn
from pcd.answering.history import HistoryAnswerer, compatible, implied_answer, negated_answer

LONG = ("Were you looking after children under 12 and claiming Child Benefit at any time between "
        "6 April 2002 and 5 April 2016?")
SHORT = "Were you looking after children under 12 and claiming Child Benefit?"


@pytest.mark.parametrize("asked, prior, value, implied", [
    # the asked question adds a qualifier: a "no" to the plain one carries over, a "yes" does not
    (LONG, SHORT, "no", "no"),
    (LONG, SHORT, "yes", None),
    # the asked question is one part of an "and": a "yes" to the whole carries over, a "no" does not
    ("Do you have Residential Care level 8?", "Are you Residential Care level 8 and Home Care level 10?", "yes", "yes"),
    ("Do you have Home Care level 10?", "Are you Residential Care level 8 and Home Care level 10?", "yes", "yes"),
    ("Do you have Home Care level 10?", "Are you Residential Care level 8 and Home Care level 10?", "no", None),
    # "A and (B or C)": still A and more
    ("Are you under 15 years old and the passenger of a motorcycle or attached side car?",
     "Are you under 15 years old?", "no", "no"),
    # the prior question lists alternatives: a "no" to all of them is a "no" to one
    ("Do you rent the land?", "Do you own the land or rent the land?", "no", "no"),
    ("Do you rent the land?", "Do you own the land or rent the land?", "yes", None),
    # one listed alternative: "yes" to it is "yes" to the list, "no" to the list is "no" to it
    ("Do you live in Cyprus, Malta or Spain?", "Do you live in Malta?", "yes", "yes"),
    ("Do you live in Cyprus, Malta or Spain?", "Do you live in Malta?", "no", None),
    ("Do you live in Malta?", "Do you live in Cyprus, Malta or Spain?", "no", "no"),
    ("Are you a landowner, landlord, tenant or sharecropper?", "Are you a tenant?", "yes", "yes"),
    ("Do you live in Cyprus or Spain?", "Do you work in Spain?", "yes", None),
])
def test_implications(asked, prior, value, implied):
    assert implied_answer(asked, prior, value) == implied


@pytest.mark.parametrize("asked, prior", [
    ("Do you own a car dealership?", "Do you own a car?"),                      # a compound, not a qualifier
    ("Is your partner's income over 100 pounds?", "Is your income over 100 pounds?"),  # someone else's
    ("Are you a dependent?", "Is your dependent a Veteran or survivor?"),        # one word is too little
    ("Are you not working and over 65?", "Are you not working?"),                 # negation: no inference
    ("Have you lived in the UK for 3 years and paid tax?", "Have you lived in the UK for 5 years?"),
])
def test_no_implication(asked, prior):
    assert implied_answer(asked, prior, "no") is None and implied_answer(asked, prior, "yes") is None


def test_answerer_uses_implications_after_paraphrases():
    out = answer([LONG, "Do you own a boat?"], "", history=[(SHORT, "no")], answerer="history")
    assert out[0].value == "no" and out[0].answerer == "history" and out[0].evidence.text == SHORT
    assert out[1].value == "unknown"
    assert HistoryAnswerer(implications=False).answer_batch([LONG], "", [(SHORT, "no")]) == [None]


def test_turns_implying_different_answers_leave_the_question_open():
    hist = [("Do you own the land or rent the land?", "no"), ("Do you rent the land and farm it?", "yes")]
    assert HistoryAnswerer(scoped_threshold=None).answer_batch(["Do you rent the land?"], "", hist) == [None]
    assert HistoryAnswerer(scoped_threshold=None).answer_batch(["Do you rent the land?"], "", hist[:1])[0].value == "no"


def test_comparison_synonyms_are_the_same_comparison():
    assert compatible("Have you been living in the UK for fewer than 5 years?",
                      "Have you been living in UK less than 5 years?")
    assert not compatible("Have you lived here for more than 5 years?", "Have you lived here for less than 5 years?")


def test_two_turns_answer_the_two_halves_of_an_and():
    from pcd.answering.history import conjoined_answer

    asked = "Are you under 15 years old and the passenger of a motorcycle or attached side car?"
    both = [("Are you under 15 years old?", "yes"), ("Are you the passenger of a motorcycle or attached side car?", "yes")]
    assert conjoined_answer(asked, both) == ("yes", 1)
    assert conjoined_answer(asked, [both[0], (both[1][0], "no")]) == ("no", 1)
    assert conjoined_answer(asked, both[:1]) is None  # one half unanswered: open
    out = answer([asked], "", history=both, answerer="history")
    assert out[0].value == "yes" and out[0].evidence.turn == 1


def test_a_yes_given_for_this_policy_covers_its_time_scope():
    hist = [(SHORT, "yes"), ("Do you own a car?", "yes")]
    out = HistoryAnswerer(scoped_threshold=None).answer_batch([LONG, "Do you own a car dealership?"], "", hist)
    assert out[0].value == "yes" and out[0].confidence < 0.9  # weaker than logic: a reading of the dialogue
    assert out[1] is None  # a compound noun is no scope


def test_spelled_numbers_compare_as_digits():
    from pcd.answering.ages import age_test

    assert compatible("Are you twenty-one years of age or older?", "Are you age 21 or older?")
    assert not compatible("Are you twenty-one years of age or older?", "Are you age 18 or older?")
    assert age_test("Are you twenty-one years of age or older?")(26) is True


@pytest.mark.parametrize("value, confidence", [("no", 0.9), ("yes", 0.8)])
def test_alternatives_the_prior_asked_too_do_not_block_its_time_scope(value, confidence):
    prior = "Were you caring for a sick or disabled person and claiming Carer’s Credit?"
    asked = prior.rstrip("?") + " at any time between 6 April 2002 and 5 April 2016?"
    out = HistoryAnswerer(scoped_threshold=None).answer_batch([asked], "", [(prior, value)])
    assert (out[0].value, out[0].confidence) == (value, confidence)


def test_a_pronoun_one_is_no_number():
    assert compatible("Are you within a month of your reconsideration notice (if you have one)?",
                      "Are you within a month of your reconsideration notice?")
    assert not compatible("Do you have 1 child?", "Do you have 2 children?")


def test_a_given_answer_is_placed_so_it_never_answers_another_question_in_other_words():
    own = "Does the covered entity use or disclose the information for its own treatment, payment, or health care operations?"
    other = "Is the information disclosed for the treatment activities of a health care provider?"
    assert HistoryAnswerer().answer_batch([own], "", [(other, "no")])[0].value == "no"  # a ShARC-style turn: matched
    assert HistoryAnswerer().answer_batch([own], "", [GivenTurn(other, "no")]) == [None]
    implied = HistoryAnswerer().answer_batch(["Are you over 65 and a carer?"], "", [GivenTurn("Are you over 65?", "no")])
    assert implied[0].value == "no"  # what it implies still holds


@pytest.mark.parametrize("asked, prior, value, expected", [
    ("Did you not apply for S-DVI because of mental incompetence?",
     "Did the veteran apply for S-DVI because of mental incompetence?", "yes", "no"),
    ("Do you have no children?", "Do you have children?", "no", "yes"),
    ("Have you never worked in the UK?", "Have you worked in the UK?", "yes", "no"),
    ("Aren't you working?", "Are you not working?", "yes", None),  # negated both ways: the same question
    ("Did you not apply for S-DVI?", "Did you apply for S-DVI late?", "yes", None),  # not the same thing
    ("Do you not earn more than £100?", "Do you earn more than £200?", "yes", None),  # other numbers
])
def test_a_question_asked_the_other_way_round_takes_the_opposite_answer(asked, prior, value, expected):
    assert negated_answer(asked, prior, value) == expected


def test_the_answerer_uses_the_opposite_answer():
    got = HistoryAnswerer().answer_batch(["Did you not apply for S-DVI because of mental incompetence?"], "",
                                         [("Did the veteran apply for S-DVI because of mental incompetence?", "yes")])[0]
    assert (got.value, got.evidence.turn) == ("no", 0)


def test_a_negated_half_is_not_the_opposite_question():
    assert negated_answer("Are you an employee and a worker?", "Are you an employee and not a worker?", "no") is None


def test_a_conflict_names_a_given_answer_as_the_user_gave_it():
    turns = [("Are you over 65?", "yes"), GivenTurn("are you over 65", "no", "answers['q1']")]
    with pytest.raises(ValueError, match=r"turn 0 \('Are you over 65\?'\) answered 'yes', answers\['q1'\] answered 'no'"):
        HistoryAnswerer().answer_batch(["Do you live in Wales?"], "", turns)


@pytest.mark.parametrize("asked, prior", [
    ("Do you get Housing Benefit?", "Do you get Child Benefit?"),
    ("Is it for Carer’s Allowance?", "Is it an attendance allowance?"),
    ("Are you exporting to Russia?", "Are you exporting to China?"),
])
def test_a_turn_about_another_thing_of_the_same_kind_answers_nothing(asked, prior):
    # the best-match rule pairs a turn with a question worded by someone else; a turn that names another benefit,
    # place or item is not that question (a "no" to Child Benefit was taken as a "no" to Housing Benefit)
    assert HistoryAnswerer().answer_batch([asked], "", [(prior, "no")]) == [None]


def test_a_turn_worded_by_someone_else_still_answers_its_question():
    out = HistoryAnswerer().answer_batch(["Do you work for a charity?"], "", [("Are you employed by a charity?", "yes")])
    assert out[0] is not None and out[0].value == "yes"


def test_a_described_thing_is_a_further_condition_not_the_policy_s_scope():
    # a "yes" to "a new government-sponsored student" said nothing of the course's length: it was carried over as
    # if "on a course that lasts …" were the policy's own time scope
    asked = "Are you a new government-sponsored student on a course that lasts longer than 6 months?"
    out = HistoryAnswerer(scoped_threshold=None).answer_batch(
        [asked], "", [("Are you a new government-sponsored student?", "yes")])
    assert out == [None]
