"""Questions keep the words of their phrase: hyphened modifiers, the person a plural names, and the second
condition a "but" or a second finite verb adds, said of the same subject."""

from __future__ import annotations

from pcd.policy import parse_policy


def test_a_hyphened_modifier_is_kept_whole():
    p = parse_policy("Help is available for low-income people and Indian-owned businesses.")
    assert [q.text for q in p.questions] == ["Are you a low-income person?", "Are you an Indian-owned business?"]
    cited = p.questions[1].citation
    assert p.text[cited.start:cited.end] == "Indian-owned businesses"


def test_but_adds_a_second_condition_about_the_same_people():
    p = parse_policy("You might inherit part of it if they died before 6 April 2016 but would have reached State "
                     "Pension age on or after that date.")
    assert p.linear == "AND(q1, q2)"
    assert [q.text for q in p.questions] == ["Did they die before 6 April 2016?",
                                             "Would they have reached State Pension age on or after that date?"]


def test_a_list_item_with_a_second_finite_verb_is_two_conditions():
    p = parse_policy("You might inherit it if one of the following applies:\n\n"
                     "* your partner reached State Pension age before 6 April 2016\n"
                     "* they died before 6 April 2016 but would have reached State Pension age on or after that date\n")
    assert p.linear == "OR(q1, AND(q2, q3))"
    assert [q.text for q in p.questions][1:] == ["Did they die before 6 April 2016?",
                                                 "Would they have reached State Pension age on or after that date?"]


def test_an_item_without_a_subject_of_its_own_stays_one_question():
    p = parse_policy("Your course must be one of the following:\n\n* a full-time course\n"
                     "* an overseas course of degree level study that’s equal to a UK course and is being run by an "
                     "overseas institution\n")
    assert len(p.questions) == 2


def test_an_eligibility_that_asks_nothing_leaves_the_other_half():
    p = parse_policy("If you’re eligible but don’t get paid automatically, you’ll need to make a claim.")
    assert p.linear == "NOT(q1)" and [q.text for q in p.questions] == ["Do you get paid automatically?"]


def test_curly_quotes_hug_their_words():
    p = parse_policy("You need to select either the ‘Home Care’ or the ‘Residential Care and ACAT’ system.")
    assert [q.text for q in p.questions] == ["Do you select the ‘Home Care’?",
                                             "Do you select the ‘Residential Care and ACAT’ system?"]


def test_what_a_law_requires_is_asked_of_the_reader():
    p = parse_policy("To obtain a NADL, the law requires that:\n\n* Apply for a Certificate of Eligibility.\n"
                     "* The loan must be to improve a home on Native American trust land.\n")
    assert [q.text for q in p.questions] == ["Do you apply for a Certificate of Eligibility?",
                                             "Is the loan to improve a home on Native American trust land?"]


def test_what_you_must_also_do_to_be_eligible_is_a_second_condition():
    p = parse_policy("If you get Family Tax Benefit or Child Care Benefit, you must also get another income support "
                     "payment to be eligible for a crisis payment.")
    assert p.linear == "AND(q1, q2)"
    assert [q.text for q in p.questions] == ["Do you get Family Tax Benefit or Child Care Benefit?",
                                             "Do you get another income support payment?"]
    assert p.conclusion.text == "to be eligible for a crisis payment" and p.conclusion.polarity == "positive"


def test_an_amount_belongs_to_the_payment_not_the_people():
    p = parse_policy("The Department of Veterans Affairs provides a one-time payment to disabled Veterans of no more "
                     "than $19,817 toward the purchase of an automobile.")
    assert [q.text for q in p.questions] == ["Are you a disabled Veteran?"]


def test_the_bundled_example_reads_each_bullet_as_its_conditions():
    from importlib import resources

    p = parse_policy((resources.files("pcd") / "examples" / "family_sharing.md").read_text())
    assert p.linear == "OR(q1, AND(q2, NOT(q3)), AND(q4, q5))"  # was OR(q1, NOT(q2), q3): "present and objects"
    assert [q.text for q in p.questions] == [
        "Does the patient agree to the sharing?", "Is the patient present?", "Does the patient object?",
        "Is the patient incapacitated?", "Is sharing in the patient's best interest?"]



def test_an_unmet_requirement_is_one_more_way_a_negative_conclusion_holds():
    p = parse_policy("You usually can’t get tax credits if you’re ‘subject to immigration control’. You’ll still "
                     "need to meet the other qualifying rules.")
    assert p.conclusion.polarity == "negative"
    assert p.linear == "OR(q1, NOT(q2))"  # was AND(q1, NOT(q2)): both at once
    assert [q.text for q in p.questions] == ["Are you ‘subject to immigration control’?",
                                             "Do you meet the other qualifying rules?"]


def test_a_time_after_a_condition_qualifies_it():
    p = parse_policy("You might become a UK resident again if you start new activities in the UK after you’ve left.")
    assert [q.text for q in p.questions] == ["Do you start new activities in the UK after you’ve left?"]


def test_requirements_of_your_children_are_asked_of_them():
    # spaCy reads "To qualify your children" as what "qualify" takes; the children are still the subject
    p = parse_policy("To qualify your children must either:\n\n* be in registered childcare in the UK\n"
                     "* be in childcare approved by a Ministry of Defence scheme abroad\n")
    assert p.linear == "OR(q1, q2)"
    assert [q.text for q in p.questions] == ["Is your child in registered childcare in the UK?",
                                             "Is your child in childcare approved by a Ministry of Defence scheme "
                                             "abroad?"]


def test_two_things_you_are_of_different_kinds_are_two_questions_and_binds_tighter_than_or():
    p = parse_policy("If you are under 15 years old and the passenger of a motorcycle, or are the driver of an "
                     "off-road motorcycle, you must wear protective headgear.")
    assert p.linear == "OR(AND(q1, q2), q3)"
    assert [q.text for q in p.questions] == ["Are you under 15 years old?", "Are you the passenger of a motorcycle?",
                                             "Are you the driver of an off-road motorcycle?"]
    # alternatives of one kind stay one question
    assert parse_policy("You can get it if you are a carer or a parent.").linear == "q1"


def test_an_aside_after_a_dash_sets_no_condition():
    p = parse_policy("You’ll be charged a penalty if you don’t meet the deadline - it’s earlier if you’re sending "
                     "your return by post (31 October).")
    assert p.linear == "NOT(q1)" and p.questions[0].text == "Do you meet the deadline?"


def test_how_listed_conditions_combine_is_read_from_the_condition_not_the_rule():
    # "must" belongs to what you must do; the items after "if you're moving:" are alternatives
    p = parse_policy("You must use TRACES to create it if you’re moving:\n\n* category 1 animal by-products\n"
                     "* processed animal proteins from category 3\n")
    assert p.linear == "OR(q1, q2)"


def test_a_sentence_initial_capital_is_not_kept_inside_the_question():
    p = parse_policy("Eligible applicants may obtain direct loans for up to $300,000.")
    assert [q.text for q in p.questions] == ["Are you an eligible applicant?"]
    p = parse_policy("Commissioned Officers of the Public Health Service may get it.")
    assert [q.text for q in p.questions] == ["Are you a Commissioned Officer of the Public Health Service?"]  # a title
