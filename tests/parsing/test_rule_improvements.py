"""Rules backend behaviours added for ShARC-style questions (hand-written texts)."""

from __future__ import annotations

import pytest

from pcd.policy import NO_CONDITIONS, PARSED, parse_policy
from pcd.parsing.questions import usable_question, write_question


def qtexts(text: str) -> list[str]:
    return [q.text for q in parse_policy(text).questions]


# -- writing questions ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("condition, question", [
    # a subject holding a hyphenated word is still one subject
    ("your net earnings from self-employment were over $400", "Were your net earnings from self-employment over $400?"),
    ("the hourly profit from your self-employed work is low", "Is the hourly profit from your self-employed work low?"),
    # a coordinated subject starting with "you"
    ("you or your partner have reached pension age", "Have you or your partner reached pension age?"),
    # requirements are asked as facts
    ("you must be over 18", "Are you over 18?"),
    ("you must have a fishing licence", "Do you have a fishing licence?"),
    ("you should have lived here for 3 years", "Have you lived here for 3 years?"),
    ("your plants must be inspected", "Are your plants inspected?"),
    ("you or your partner must be over 60", "Are you or your partner over 60?"),
])
def test_written_questions(condition, question):
    assert write_question(condition) == (question, False)


@pytest.mark.parametrize("question, ok", [
    ("Are you claiming the credit for?", False),  # cut off
    ("Are you going to?", False),
    ("Does this happen?", False),  # bare anaphora
    ("Do you do?", False),
    ("Are you eligible?", False),  # restates the conclusion
    ("Do you qualify?", False),
    ("Are you over 65?", True),
    ("Do you get Benefit Part A?", True),
    ("Is it a legal rate?", True),
    ("Are you single?", True),
])
def test_usable_question(question, ok):
    assert usable_question(question) is ok


def test_unusable_questions_are_dropped_from_the_tree():
    assert qtexts("You get the allowance if you live in Wales and this happens.") == ["Do you live in Wales?"]
    assert qtexts("You can get the grant if you live in Wales, as long as you're eligible.") == \
        ["Do you live in Wales?"]


def test_they_is_someone_else_when_the_policy_speaks_to_you():
    qs = qtexts("You can inherit the pension if:\n\n* they died before 2016\n* you were married when they died")
    assert qs == ["Did they die before 2016?", "Were you married when they died?"]


def test_they_is_the_reader_when_the_policy_speaks_of_a_person():
    assert qtexts("A person is a carer if they look after someone for 35 hours a week.") == \
        ["Do you look after someone for 35 hours a week?"]
    assert write_question("they work for themselves", others=True) == ("Do they work for themselves?", False)
    assert write_question("they work for themselves") == ("Do you work for yourself?", False)


# -- finding conditions without an explicit cue ------------------------------------------------------------------
def test_noun_phrase_requirement():
    p = parse_policy("Your boat must be registered with the harbour office.")
    assert p.status == PARSED
    assert [q.text for q in p.questions] == ["Is your boat registered with the harbour office?"]


def test_person_requirement_is_asked_of_the_reader():
    assert qtexts("Applicants must live in the county and be over 21.") == \
        ["Do you live in the county?", "Are you over 21?"]


@pytest.mark.parametrize("text, questions", [
    ("All riders under 16 years old must wear helmets.", ["Are you under 16 years old?"]),
    ("All drivers who hold a provisional licence must display L plates.", ["Do you hold a provisional licence?"]),
    ("People receiving a pension may ask for a discount.", ["Are you receiving a pension?"]),
    ("People with a disability may ask for a discount.", ["Do you have a disability?"]),
    ("Free dental care is available to eligible farmers.", ["Are you an eligible farmer?"]),
    ("The scheme offers low-interest loans to family farmers and ranchers.",
     ["Are you a family farmer?", "Are you a rancher?"]),
    ("The programme provides help for certain veterans.", ["Are you a veteran?"]),
])
def test_restrictive_person_noun_phrases(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear in ("q1", "OR(q1, q2)")


@pytest.mark.parametrize("text", [
    "The helpline is open Monday to Friday, 8am to 6pm.",
    "Telephone: 0300 123 4567",
    "The scheme helps people in many ways.",  # a generic person noun is no condition
    "You can talk to your landlord about repairs.",  # "your landlord" is someone else
])
def test_no_condition_stays_no_condition(text):
    p = parse_policy(text)
    assert p.status == NO_CONDITIONS and p.tree is None


def test_list_items_describing_the_reader():
    p = parse_policy("# Who can apply\n\n* you live in the town")
    assert [q.text for q in p.questions] == ["Do you live in the town?"]


def test_heading_condition_used_only_when_the_body_has_none():
    assert qtexts("## If you are a student\n\nYou can get a discount.") == ["Are you a student?"]
    assert qtexts("## If you are a student\n\nYou can get a discount if you study full time.") == \
        ["Do you study full time?"]


# --- constructs added in the fourth session -------------------------------------------------------------

def test_plural_noun_predicate_is_asked_in_the_singular():
    """"if they're: * foreign workers" asks "Are you a foreign worker?", as ShARC's annotators write it."""
    from pcd.parsing.questions import write_question

    assert write_question("foreign workers")[0] == "Are you a foreign worker?"
    assert write_question("you are seafarers")[0] == "Are you a seafarer?"
    assert write_question("you are over 65")[0] == "Are you over 65?"


def test_possessive_subject_with_participle_keeps_its_verb():
    from pcd.parsing.questions import write_question

    q, neg = write_question("your certified exports were worth less than £5,000 in the last financial year")
    assert q == "Were your certified exports worth less than £5,000 in the last financial year?" and not neg


def test_second_requirement_after_and_be_is_its_own_question():
    p = parse_policy("To be eligible, small businesses must have sustained economic injury and be located in a "
                     "disaster declared county.")
    assert p.linear == "AND(q1, q2)"
    assert [q.text for q in p.questions] == ["Have you sustained economic injury?",
                                             "Are you located in a disaster declared county?"]


def test_while_joins_two_conditions():
    p = parse_policy("Employees have the right to be offered a suitable alternative job if they're selected for "
                     "redundancy while on maternity, adoption or paternity leave.")
    assert p.linear == "AND(q1, q2)"
    assert p.questions[1].text == "Are you on maternity, adoption or paternity leave?"


def test_passive_entitlement_of_a_person_subject_is_a_condition():
    p = parse_policy("Commissioned Officers of the Public Health Service are considered to be active duty members.")
    assert [q.text for q in p.questions] == ["Are you a Commissioned Officer of the Public Health Service?"]


def test_people_a_programme_helps_are_its_condition():
    p = parse_policy("The Conservation Stewardship Program helps agricultural producers maintain their "
                     "conservation systems.")
    assert [q.text for q in p.questions] == ["Are you an agricultural producer?"]


def test_anyone_with_a_participle_is_a_condition():
    p = parse_policy("Anyone receiving Social Security or other federal benefit payments can enroll.")
    assert [q.text for q in p.questions] == ["Are you receiving Social Security or other federal benefit payments?"]


def test_requirement_with_adverb_and_purpose_tail():
    p = parse_policy("You’ll usually need at least 10 qualifying years on your National Insurance record to get "
                     "any State Pension.")
    # what you need you must have (ShARC asks "Do you have …?")
    assert [q.text for q in p.questions] == ["Do you have at least 10 qualifying years on your National Insurance "
                                             "record?"]


def test_vacuous_person_noun_with_a_restricting_phrase():
    p = parse_policy("Children in foster care, homeless children, and children from families receiving public "
                     "assistance are also eligible for Head Start services.")
    assert p.linear == "OR(q1, q2, q3)"
    assert [q.text for q in p.questions] == ["Are you a child in foster care?", "Are you a homeless child?",
                                             "Are you a child from families receiving public assistance?"]


def test_brackets_that_belong_to_the_condition_are_kept_and_asides_dropped():
    p = parse_policy("You may be able to get Working Tax Credit if you live in:\n\n"
                     "* an EEA country (including Switzerland) and work in the UK\n"
                     "* the UK and work in an EEA country (including Switzerland)")
    assert [q.text for q in p.questions][1] == "Do you live in the UK and work in an EEA country (including Switzerland)?"
    assert write_question("you're selected for redundancy (even if others are more suitable) while on leave")[0] \
        .startswith("Are you selected for redundancy while")


def test_either_in_a_list_introduction_is_not_part_of_the_questions():
    p = parse_policy("Apprentices are entitled to the apprentice rate if they’re either:\n\n* under 19\n"
                     "* 19 or over and in the first year of their apprenticeship")
    assert p.linear == "OR(q1, q2)"
    assert p.questions[0].text == "Are you under 19?"


def test_a_list_of_what_the_conclusion_is_about_stands_beside_the_condition():
    p = parse_policy("The following benefits can be reduced or stopped if you commit benefit fraud:\n\n"
                     "* Income Support\n* Industrial Death Benefit")
    assert p.linear == "AND(OR(q1, q2), q3)"
    assert [q.text for q in p.questions] == ["Is the benefit Income Support?", "Is the benefit Industrial Death Benefit?",
                                             "Do you commit benefit fraud?"]


def test_things_like_lists_ask_about_it():
    p = parse_policy("VAT is charged on things like:\n\n* items sold to staff\n* business goods used for personal "
                     "reasons")
    assert [q.text for q in p.questions] == ["Is it an item sold to staff?",
                                             # "goods" has no singular of its meaning: not "a business good"
                                             "Is it business goods used for personal reasons?"]


def test_until_means_while_not():
    p = parse_policy("If you’re still receiving the benefit, the regular amount you get will be reduced until "
                     "you’ve paid back the money.")
    assert p.linear == "AND(q1, NOT(q2))"
    assert p.questions[1].text == "Have you paid back the money?"


def test_negation_inside_a_relative_clause_stays_in_the_question():
    q, negated = write_question("coins and banknotes that aren’t legal tender", "the good")
    assert "aren’t legal tender" in q and not negated
    assert write_question("you don’t live in Wales") == ("Do you live in Wales?", True)


def test_either_of_the_following_is_a_list_reference():
    p = parse_policy("You can only make a new claim for Working Tax Credit if either of the following apply:\n\n"
                     "* you don’t live in a Universal Credit area\n* you or your partner qualify for Pension Credit")
    assert p.linear == "OR(NOT(q1), q2)"
    assert [q.text for q in p.questions] == ["Do you live in a Universal Credit area?",
                                             "Do you or your partner qualify for Pension Credit?"]


def test_negation_in_brackets_or_complement_clauses_does_not_negate_the_question():
    assert write_question("you inherited it (and don’t know the Inheritance Tax value)") == ("Did you inherit it?", False)
    assert write_question("you live in a care home (but not a hospital)") == (
        "Do you live in a care home (but not a hospital)?", False)


def test_must_inside_a_relative_clause_is_no_requirement():
    p = parse_policy("The steps you must take to apply for a Green Card will vary depending on your situation.")
    assert p.tree is None


def test_nothing_splits_inside_brackets_and_one_with_is_a_phrase():
    p = parse_policy("If you’re going to (or are already living in) a European Economic Area (EEA) country or one "
                     "with a special agreement with the UK, you may be able to claim benefits.")
    assert [q.text for q in p.questions] == [
        "Are you going to (or are already living in) a European Economic Area (EEA) country or one with a special "
        "agreement with the UK?"]


def test_requirement_beside_a_list_of_requirements():
    p = parse_policy("In order to qualify for this benefit program, you must be divorced from a deceased spouse and "
                     "meet the following requirements:\n\n* Not entitled to an equal or higher retirement benefit\n"
                     "* Not married")
    assert p.linear == "AND(q1, NOT(q2), NOT(q3))"
    assert [q.text for q in p.questions] == ["Are you divorced from a deceased spouse?",
                                             "Are you entitled to an equal or higher retirement benefit?",
                                             "Are you married?"]


def test_a_sentence_about_another_conclusion_is_left_out():
    p = parse_policy("You can claim in advance by up to 13 weeks if you’re moving. You won’t usually get any money "
                     "before you move.")
    assert [q.text for q in p.questions] == ["Are you moving?"]


def test_or_you_could_is_a_consequence_not_a_condition():
    p = parse_policy("You need to tell HMRC about any changes to your details within 30 days or you could face a "
                     "financial penalty.")
    assert [q.text for q in p.questions] == ["Do you tell HMRC about any changes to your details within 30 days?"]


def test_need_in_a_relative_clause_is_no_requirement():
    p = parse_policy("If your drug is controlled, you need a Home Office controlled drug licence to export it. This "
                     "is in addition to any domestic licence you need to possess the drug in the UK.")
    assert [q.text for q in p.questions] == ["Is your drug controlled?"]


def test_a_fronted_condition_without_a_comma_ends_where_the_main_clause_starts():
    p = parse_policy("If your child isn't immunised or doesn't have an approved exemption you can't get some family "
                     "assistance payments.")
    assert p.linear == "OR(NOT(q1), NOT(q2))"
    assert p.conclusion.text == "you can't get some family assistance payments"


def test_a_definition_by_inclusion_asks_which_kind():
    p = parse_policy("Land eligible for agricultural land easements includes cropland, rangeland and nonindustrial "
                     "private forest land.")
    assert p.linear == "OR(q1, q2, q3)"
    assert [q.text for q in p.questions] == ["Is the land cropland?", "Is the land rangeland?",
                                             "Is the land nonindustrial private forest land?"]
    assert parse_policy("Telephone: 0300 123 1142").tree is None  # still no invented tree


def test_organisations_named_as_subject_are_conditions():
    p = parse_policy("Charities and community amateur sports clubs can register with HMRC to be part of the Gift "
                     "Aid scheme.")
    assert [q.text for q in p.questions] == ["Are you a charity?", "Are you a community amateur sports club?"]
