"""Rules as a workplace writes them: prohibitions on the people a rule binds ("Staff must not …"), alternatives of
two kinds ("a student or over 65"), what the reader must be said in the plural ("Applicants must be U.S. citizens")
and a ban on things above a price ("Loans over $50,000 must not be approved without a guarantee")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question", [
    # was "Are you a company business?": "for company business" read as the people the rule is for
    ("Staff must not use personal email accounts for company business.",
     "Do you use personal email accounts for company business?"),
    ("Staff must not use personal email accounts.", "Do you use personal email accounts?"),  # was no conditions
    ("Employees must not use company cars for personal trips.", "Do you use company cars for personal trips?"),
    ("Contractors mustn't share client data.", "Do you share client data?"),
    ("Staff shall not disclose customer data to third parties.", "Do you disclose customer data to third parties?"),
], ids=["for-business", "staff", "employees", "mustnt", "shall-not"])
def test_a_prohibition_on_the_people_a_rule_binds_holds_when_it_is_not_done(text, question):
    # as "Employees may not accept gifts …" and "You must not share your password" already were
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "NOT(q1)"


def test_restricted_people_under_a_prohibition_stay_its_condition():
    p = parse_policy("Employees on probation must not take unpaid leave.")
    assert [q.text for q in p.questions] == ["Are you an employee on probation?"]
    assert p.conclusion.polarity == "negative"


@pytest.mark.parametrize("text, questions, linear", [
    ("You qualify for the discount if you are a student or over 65.", ["Are you a student?", "Are you over 65?"],
     "OR(q1, q2)"),  # was one question "Are you a student or over 65?"
    ("You qualify if you are over 65 or a student.", ["Are you over 65?", "Are you a student?"], "OR(q1, q2)"),
    ("You qualify if you are 24 or older.", ["Are you 24 or older?"], "q1"),  # one bound
    ("You qualify if you are a carer or a parent.", ["Are you a carer or a parent?"], "q1"),  # one kind
], ids=["noun-then-age", "age-then-noun", "bound", "same-kind"])
def test_alternatives_of_two_kinds_are_two_questions(text, questions, linear):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == linear


@pytest.mark.parametrize("text, question", [
    ("Applicants must be U.S. citizens or qualified non-citizens.", "Are you a U.S. citizen or a qualified non-citizen?"),
    ("You must be residents of Indiana.", "Are you a resident of Indiana?"),
    ("To qualify, you must be full-time students.", "Are you a full-time student?"),
    ("You must be UK residents.", "Are you a UK resident?"),  # an initialism read letter by letter: not "an UK"
    ("You must be eligible for benefits.", "Are you eligible for benefits?"),
], ids=["two-kinds", "of", "goal", "initialism", "adjective"])
def test_what_the_reader_must_be_is_asked_in_the_singular(text, question):
    # was "Are you U.S. citizens or qualified non-citizens?"
    assert [q.text for q in parse_policy(text).questions] == [question]


@pytest.mark.parametrize("text, bound, lacking", [
    ("Loans over $50,000 must not be approved without a guarantee.", "Is the loan over $50,000?",
     "Does the loan have a guarantee?"),
    ("Purchases over £500 cannot be made without a signed quote.", "Is the purchase over £500?",
     "Does the purchase have a signed quote?"),
], ids=["loan", "purchase"])
def test_a_ban_without_a_thing_binds_only_what_passes_the_bound(text, bound, lacking):
    # was NOT("Do you have a guarantee?") alone: a $10,000 loan without one was non-compliant
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [bound, lacking]
    assert p.linear == "AND(q1, NOT(q2))" and p.conclusion.polarity == "negative"
    cited = [p.text[q.citation.start:q.citation.end] for q in p.questions]
    assert cited[0].split()[0] in ("Loans", "Purchases") and cited[1] == lacking.rstrip("?").split(" have ")[1]


def test_a_ban_on_things_above_a_price_decides_by_the_amount():
    from pcd.check import check
    policy = "Loans over $50,000 must not be approved without a guarantee."
    assert check(policy, "The bank approved an $80,000 loan without any guarantee.").label == "non_compliant"
    assert check(policy, "The bank approved a $10,000 loan without a guarantee.").label == "compliant"


@pytest.mark.parametrize("text, question", [
    ("Requests need a manager approval.", "Does the request have a manager approval?"),  # was no conditions
    ("All refunds require a proof of purchase.", "Does the refund have a proof of purchase?"),
    ("Every contract needs two signatures.", "Does the contract have two signatures?"),
    ("Applicants need a valid passport.", "Do you have a valid passport?"),  # was "Do you need a valid passport?"
    ("You need at least 10 qualifying years on your National Insurance record.",
     "Do you have at least 10 qualifying years on your National Insurance record?"),
], ids=["requests", "all-refunds", "every-contract", "applicants", "you"])
def test_what_is_needed_must_be_had(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    cited = p.text[p.questions[0].citation.start:p.questions[0].citation.end]
    assert text.rstrip(".").endswith(cited) and cited.split()[-1] == question.rstrip("?").split()[-1]


def test_what_is_needed_for_a_goal_keeps_the_goal_as_conclusion():
    p = parse_policy("You need a TV licence to apply for the permit.")
    assert [q.text for q in p.questions] == ["Do you have a TV licence?"]
    assert p.conclusion.text == "to apply for the permit"
    p = parse_policy("You need to be over 18.")  # "need to" is a requirement of being
    assert [q.text for q in p.questions] == ["Are you over 18?"]
