"""Conditions a text states without a cue word: what a ban covers, a numeric bound on the things a rule is
about, the people a prohibition names, and named things a rule is for."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


def test_a_ban_asks_the_goods_and_the_destination_and_is_negative():
    p = parse_policy("There’s a ban on exporting caviar, caviar substitutes, truffles and goods containing truffles "
                     "to North Korea.")
    assert p.linear == "AND(q1, q2)"
    assert [q.text for q in p.questions] == [
        "Is it caviar, caviar substitutes, truffles or goods containing truffles?", "Are you exporting to North Korea?"]
    assert p.conclusion.polarity == "negative"
    goods = p.questions[0].citation
    assert p.text[goods.start:goods.end] == "caviar, caviar substitutes, truffles and goods containing truffles"


def test_a_ban_to_two_places_asks_either():
    p = parse_policy("There’s a ban on supplying art works, collectors’ pieces and antiques to North Korea and Syria.")
    assert [q.text for q in p.questions] == ["Is it art works, collectors’ pieces or antiques?",
                                             "Are you supplying to North Korea or Syria?"]


def test_a_numeric_bound_on_the_things_a_rule_is_about_is_the_condition():
    p = parse_policy("You may need a licence to export certain ‘cultural goods’ over 50 years old.")
    assert [q.text for q in p.questions] == ["Are the goods over 50 years old?"]
    p = parse_policy("Collateral is required for all MREIDLs over $50,000.")
    assert [q.text for q in p.questions] == ["Are the MREIDLs over $50,000?"]


def test_the_person_a_prohibition_names_is_asked_and_the_conclusion_is_negative():
    p = parse_policy("The designated provider is prohibited from consuming marijuana obtained for the personal use "
                     "of the qualifying patient.")
    assert [q.text for q in p.questions] == ["Are you a designated provider?"]
    assert p.conclusion.polarity == "negative"


def test_named_things_a_rule_is_for_are_asked_as_it_not_you():
    p = parse_policy("You can ask for mandatory reconsideration for benefits including:\n\n* Universal Credit\n"
                     "* Employment and Support Allowance (ESA)\n* child maintenance (sometimes known as ‘child support’)"
                     "\n* Sure Start Maternity Grant")
    assert p.linear == "OR(q1, q2, q3, q4)"
    assert [q.text for q in p.questions] == [
        "Is it for Universal Credit?", "Is it for Employment and Support Allowance (ESA)?",
        "Is it for child maintenance (sometimes known as ‘child support’)?", "Is it for Sure Start Maternity Grant?"]


def test_a_list_of_people_after_for_still_asks_about_you():
    p = parse_policy("You can get help with costs for the following workers:\n\n* carers\n* apprentices")
    assert all(q.text.startswith("Are you") for q in p.questions), [q.text for q in p.questions]


def test_a_clause_with_its_own_subject_keeps_it_when_spacy_hangs_an_example_on_the_subject():
    from pcd.parsing.questions import write_question

    question, negated = write_question("their reward is for money or a benefit in kind, for example the promise of "
                                       "a contract", "you")
    assert (question, negated) == ("Is your reward for money or a benefit in kind?", False)


def test_a_time_limit_holds_while_it_is_not_passed():
    p = parse_policy("Your ITAHC will be valid for 10 days after the inspection.")
    assert p.linear == "NOT(q1)"
    assert [q.text for q in p.questions] == ["Has it been more than 10 days since the inspection?"]
    p = parse_policy("Your licence will be valid for up to 2 months (or until your import permit expires, if sooner).")
    assert [q.text for q in p.questions] == ["Has it been more than 2 months since you got it?"]
    p = parse_policy("You can suspend, increase or decrease deductions for up to 13 weeks.")
    assert (p.linear, [q.text for q in p.questions]) == ("NOT(q1)", ["Is it for more than 13 weeks?"])


def test_a_time_limit_inside_a_stated_condition_is_not_a_second_condition():
    p = parse_policy("If you live in Wales, your permit will be valid for 10 days after the inspection.")
    assert [q.text for q in p.questions] == ["Do you live in Wales?"]


def test_people_a_law_allows_are_the_condition():
    p = parse_policy("The laws and rules allow authorizing practitioners and those who prescribe or dispense "
                     "controlled substances to access patient information.")
    assert p.linear == "OR(q1, q2)"
    assert [q.text for q in p.questions] == [
        "Are you an authorizing practitioner?",
        "Do you prescribe or dispense controlled substances to access patient information?"]


def test_people_a_program_serves_are_the_condition():
    # spaCy reads "students" as the subject of "enrolled"; they are still whom the program serves
    p = parse_policy("Program serves primarily American Indian students enrolled in 1994 institutions.")
    assert [q.text for q in p.questions] == ["Are you an American Indian student?"]


@pytest.mark.parametrize("text, expected", [
    # a finite verb after a participle with its own "be" does not share it: two conditions
    ("You can buy seeds if you are entered into the database and hold a recognition card.",
     ("AND(q1, q2)", ["Are you entered into the database?", "Do you hold a recognition card?"])),
    ("You can claim if you are employed and work at least 16 hours a week.",
     ("AND(q1, q2)", ["Are you employed?", "Do you work at least 16 hours a week?"])),
    # two participles share it: one condition
    ("You can claim if you are living and working in the UK.", ("q1", ["Are you living and working in the UK?"])),
    # so does a perfect's "have" with what follows (spaCy tags "worked" a past tense) ...
    ("You can claim if you have lived and worked in the UK.", ("q1", ["Have you lived and worked in the UK?"])),
    # ... unless each verb has its own complement
    ("You can claim if you have lived in the UK and paid National Insurance.",
     ("AND(q1, q2)", ["Have you lived in the UK?", "Did you pay National Insurance?"])),
])
def test_coordinated_verbs_share_be_only_when_they_can(text, expected):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == expected


def test_what_the_text_says_a_rule_applies_to_comes_before_the_heading():
    p = parse_policy("## When you can get tax relief\n\nTax relief applies to pension contributions, charity donations "
                     "and maintenance payments.")
    assert p.linear == "OR(q1, q2, q3)"
    assert p.questions[0].text == "Is it a pension contribution?"
    # with nothing in the text, the heading's condition is still asked
    assert [q.text for q in parse_policy("## If you're a carer\n\nCall us.").questions] == ["Are you a carer?"]


@pytest.mark.parametrize("text, questions, linear, conclusion", [
    ("Refunds are given within 14 days of purchase.", ["Has it been more than 14 days since purchase?"], "NOT(q1)",
     "Refunds are given"),
    ("Refunds will only be given within 14 days of purchase and with proof of purchase.",
     ["Has it been more than 14 days since purchase?", "Do you have proof of purchase?"], "AND(NOT(q1), q2)",
     "Refunds will only be given"),
], ids=["window", "window-and-proof"])
def test_a_passive_grant_holds_while_its_window_lasts(text, questions, linear, conclusion):
    # both had no conditions: a refund asked for 20 days after purchase came out "compliant as stated"
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert (p.linear, p.conclusion.text) == (linear, conclusion)
