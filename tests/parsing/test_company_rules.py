"""Short company rules: requirements of things above a bound ("Expenses over £100 require a receipt") and what a
benefit is not available for ("Refunds are not available for sale items or gift cards")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, bound, requirement", [
    ("Expenses over £100 require a receipt.", "Is the expense over £100?", "Does the expense have a receipt?"),
    ("Expenses over £100 must have a receipt.", "Is the expense over £100?", "Does the expense have a receipt?"),
    ("All expenses over £100 must be supported by a receipt.", "Is the expense over £100?",
     "Is the expense supported by a receipt?"),
    ("Purchases of more than $5,000 require two signatures.", "Is the purchase more than $5,000?",
     "Does the purchase have two signatures?"),
    ("Loans over $50,000 require collateral.", "Is the loan over $50,000?", "Does the loan have collateral?"),
    ("Loans over $50,000 need to be approved by the board.", "Is the loan over $50,000?",
     "Is the loan approved by the board?"),
    ("Gifts worth more than £50 must be declared to your line manager.", "Is the gift worth more than £50?",
     "Is the gift declared to your line manager?"),
], ids=["require", "must-have", "must-be", "of-more-than", "misparsed-require", "need-to", "worth"])
def test_a_requirement_binds_only_what_passes_its_bound(text, bound, requirement):
    # was no conditions ("require"), or one question "Do expenses over £100 have a receipt?" that a £40 expense
    # cannot answer
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [bound, requirement]
    assert p.linear == "OR(NOT(q1), q2)"
    cited = p.text[p.questions[0].citation.start:p.questions[0].citation.end]
    assert bound.split()[-1].rstrip("?") in cited and cited.split()[0].lower().startswith(bound.split()[2][:4])
    # the requirement cites the words as written ("require a receipt"), not as rephrased ("must have a receipt")
    required = p.text[p.questions[1].citation.start:p.questions[1].citation.end]
    assert text.rstrip(".").endswith(required) and required.split()[-1] == requirement.rstrip("?").split()[-1]


def test_an_unbounded_thing_keeps_its_requirement_whole():
    p = parse_policy("Your plants must be inspected.")
    assert [q.text for q in p.questions] == ["Are your plants inspected?"]


@pytest.mark.parametrize("text, questions, conclusion", [
    ("Refunds are not available for sale items or gift cards.", ["Is it a sale item?", "Is it a gift card?"],
     "Refunds are not available"),
    ("Discount codes cannot be used on sale items, gift cards or delivery charges.",
     ["Is it a sale item?", "Is it a gift card?", "Is it a delivery charge?"], "Discount codes cannot be used"),
    ("The service is not available on weekends.", ["Is it a weekend?"], "The service is not available"),
], ids=["refunds", "three", "one"])
def test_what_something_is_not_available_for_denies_it(text, questions, conclusion):
    # was "no conditions found"
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.conclusion.text == conclusion and p.conclusion.polarity == "negative"
    assert p.linear == ("q1" if len(questions) == 1 else f"OR({', '.join(f'q{i + 1}' for i in range(len(questions)))})")


def test_each_listed_thing_cites_itself_without_its_conjunction():
    # cited "or gift cards" / "and ebooks" before (the list splitter kept the conjunction)
    for text, items in [("Refunds are not available for sale items or gift cards.", ["sale items", "gift cards"]),
                        ("Digital services include broadcasting, apps and ebooks.",
                         ["broadcasting", "apps", "ebooks"])]:
        p = parse_policy(text)
        assert [p.text[q.citation.start:q.citation.end] for q in p.questions] == items


def test_not_available_for_the_reader_sets_no_condition():
    assert parse_policy("Benefits are not available for you.").questions == ()


@pytest.mark.parametrize("text, question", [
    ("You must not share your password with anyone.", "Do you share your password with anyone?"),
    ("Applicants must not be in default on a federal loan.", "Are you in default on a federal loan?"),
], ids=["you", "applicants"])
def test_a_prohibition_no_condition_guards_holds_when_the_thing_is_not_done(text, question):
    # was "no conditions found": nothing for a scenario to be checked against
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


@pytest.mark.parametrize("text, question", [
    ("You may not claim mileage for journeys between your home and your normal place of work.",
     "Do you claim mileage for journeys between your home and your normal place of work?"),
    # (a bound on the things' worth is asked on its own: tests/parsing/test_workplace_rules.py)
    ("Employees may not use company cars for personal trips.", "Do you use company cars for personal trips?"),
], ids=["you", "employees"])
def test_may_not_with_no_condition_is_a_prohibition(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question] and p.linear == "NOT(q1)"


@pytest.mark.parametrize("text", ["You shouldn't need to change these settings.", "You may not need a licence.",
                                  "You may not get the full amount."])
def test_advice_or_possibility_is_no_prohibition(text):
    assert parse_policy(text).questions == ()


def test_a_prohibition_with_a_condition_is_its_conclusion():
    p = parse_policy("You must not claim if you are abroad.")
    assert [q.text for q in p.questions] == ["Are you abroad?"]
    assert p.conclusion.polarity == "negative"


def test_a_permission_with_approval_keeps_its_cap():
    # the cap (how often, at most) was lost
    p = parse_policy("Staff may work from home up to two days a week with their manager's approval.")
    assert [q.text for q in p.questions] == ["Do you have your manager's approval?",
                                             "Do you work from home more than two days a week?"]
    assert p.linear == "AND(q1, NOT(q2))"


@pytest.mark.parametrize("text, question", [
    ("A covered entity may disclose the information with the written consent of the patient.",
     "Do you have the written consent of the patient?"),
    ("You can bring a guest with prior permission from the club secretary.",
     "Do you have prior permission from the club secretary?"),
], ids=["consent-of", "permission-from"])
def test_a_permission_with_someones_approval_rests_on_having_it(text, question):
    # was "no conditions found"
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.conclusion.polarity == "positive" and "with" not in p.conclusion.text.split()


@pytest.mark.parametrize("text, question, conclusion", [
    ("Personal data must be deleted when it is no longer needed for the purpose for which it was collected, unless "
     "the law requires us to keep it.",
     "Is the personal data no longer needed for the purpose for which it was collected?",
     "Personal data must be deleted"),
    ("Your application will be refused if it is incomplete.", "Is your application incomplete?",
     "Your application will be refused"),
    ("The interest rate must be fixed unless it is a legal rate.", "Is the interest rate a legal rate?",
     "The interest rate must be fixed"),
], ids=["when-it", "your", "unless"])
def test_it_in_a_condition_on_a_thing_is_named(text, question, conclusion):
    # "when it" after a duty was no condition (the conclusion ran on, and "no longer" made it negative); "it"
    # stood for nothing once the question was asked alone
    p = parse_policy(text)
    assert p.questions[0].text == question
    assert p.conclusion.text == conclusion and p.conclusion.polarity == "positive"


@pytest.mark.parametrize("text, question", [
    ("You can work abroad if you have written approval from HR.", "Do you have written approval from HR?"),
    ("You may see the records if the patient has signed consent.", "Does the patient have signed consent?"),
    ("You can appeal if you have written to the council.", "Have you written to the council?"),
], ids=["written-approval", "signed-consent", "perfect-tense"])
def test_having_a_written_document_is_not_a_perfect_tense(text, question):
    # was "Have you written approval from HR?"
    assert [q.text for q in parse_policy(text).questions] == [question]


def test_a_hyphened_modifier_capitalised_by_the_sentence_start_is_lowered():
    p = parse_policy("Part-time employees are entitled to the same benefits as full-time employees, pro rata.")
    assert [q.text for q in p.questions] == ["Are you a part-time employee?"]  # was "a Part-time employee"


@pytest.mark.parametrize("text, questions, linear", [
    ("Employees are entitled to paid parental leave after 12 months of continuous service.",
     ["Are you an employee?", "Do you have at least 12 months of continuous service?"], "AND(q1, q2)"),
    ("You can request flexible working after 26 weeks' employment.", ["Do you have at least 26 weeks of employment?"],
     "q1"),
    ("You can get paid leave after 12 months of service if you work full-time.",
     ["Do you work full-time?", "Do you have at least 12 months of service?"], "AND(q1, q2)"),
], ids=["with-people", "alone", "with-condition"])
def test_the_service_a_right_is_granted_after_is_asked(text, questions, linear):
    # was not asked (or "no conditions found"): a new starter would have been told the leave is theirs
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions and p.linear == linear
    cited = p.questions[-1].citation
    assert p.text[cited.start:cited.end].split()[0] in ("12", "26")
