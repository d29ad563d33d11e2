"""Rules a data-protection or HR policy states: "unless the customer has opted in", "where processing is …",
"subject to their manager's approval", and a negation held for a time ("have not logged in for 2 years")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question, linear", [
    # a verb's particle ends the question ("Have you opted in?" was rejected as cut off, leaving no conditions)
    ("Personal data must not be shared with third parties unless the customer has opted in.",
     "Has the customer opted in?", "NOT(q1)"),
    ("You can get it if you have opted in.", "Have you opted in?", "q1"),
], ids=["unless-opted-in", "if-opted-in"])
def test_a_particle_verb_is_a_whole_question(text, question, linear):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == linear


def test_a_question_cut_off_at_a_preposition_is_still_rejected():
    assert parse_policy("You can get the credit if you are claiming the credit for.").tree is None


@pytest.mark.parametrize("text, question, polarity", [
    # was "Are you an individual?"
    ("A data protection impact assessment is required where processing is likely to result in a high risk to "
     "individuals.", "Is processing likely to result in a high risk to individuals?", "positive"),
    ("Consent is not required where processing is necessary for the performance of a contract.",
     "Is processing necessary for the performance of a contract?", "negative"),  # was no conditions
    ("The controller shall inform the data subject where personal data are collected from a third party.",
     "Are personal data collected from a third party?", "positive"),
], ids=["dpia", "consent", "inform"])
def test_where_processing_is_the_condition_of_a_requirement(text, question, polarity):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "q1"
    assert p.conclusion.polarity == polarity


def test_subject_to_approval_is_a_condition():
    p = parse_policy("Employees can work from home up to two days a week, subject to their manager's approval.")
    # was "Are you an employee?", then the approval alone (the cap lost)
    assert [q.text for q in p.questions] == ["Do you have your manager's approval?",
                                             "Do you work from home more than two days a week?"]
    assert p.conclusion.text == "Employees can work from home up to two days a week"


@pytest.mark.parametrize("text, question", [
    ("We will delete your account if you have not logged in for 2 years.", "Have you not logged in for 2 years?"),
    ("You can get it if you haven't worked for the last 6 months.", "Have you not worked for the last 6 months?"),
], ids=["logged-in", "worked"])
def test_a_negation_held_for_a_time_stays_in_the_question(text, question):
    # NOT("Have you logged in for 2 years?") was true of someone who logged in last week
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "q1"


def test_a_plain_negation_still_negates_the_question():
    p = parse_policy("You can get it if you have not worked.")
    assert [q.text for q in p.questions] == ["Have you worked?"]
    assert p.linear == "NOT(q1)"


@pytest.mark.parametrize("text, questions", [
    ("If you are self-employed and earn less than £6,725 a year, you don't have to pay Class 2 National Insurance.",
     ["Are you self-employed?", "Do you earn less than £6,725 a year?"]),  # was "Are you self-employed and earn …?"
    ("You can get it if you are disabled and need help with daily tasks.",
     ["Are you disabled?", "Do you need help with daily tasks?"]),
], ids=["self-employed", "disabled"])
def test_what_you_are_and_what_you_do_are_two_conditions(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "AND(q1, q2)"


def test_without_first_doing_asks_the_doing():
    p = parse_policy("You must not work for another employer without first getting written permission from HR.")
    assert [q.text for q in p.questions] == ["Are you getting written permission from HR?"]  # was "Do you have first …"
    assert p.linear == "NOT(q1)"


@pytest.mark.parametrize("text, questions", [
    # (the kind of person the rule is for is asked too)
    ("New employees are entitled to a laptop and a phone once they have completed their induction.",
     ["Are you a new employee?", "Have you completed your induction?"]),
    ("Students can graduate once they have passed all modules.", ["Have you passed all modules?"]),
], ids=["induction", "modules"])
def test_once_they_is_the_readers_condition(text, questions):
    assert [q.text for q in parse_policy(text).questions] == questions  # was lost


@pytest.mark.parametrize("text, question", [
    ("The goods will be shipped once they have been paid for.", "Have the goods been paid for?"),
    ("You can get a refund if the order has been paid for.", "Has the order been paid for?"),
], ids=["goods", "order"])
def test_a_passive_that_strands_its_preposition_is_a_whole_question(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]  # was rejected as cut off


@pytest.mark.parametrize("text, question", [
    # a right granted "where …" is conditional like a duty; the "where" was read as a place and nothing was found
    ("The data subject has the right to obtain the erasure of personal data where the data are no longer necessary "
     "for the purposes for which they were collected.",
     "Are the data no longer necessary for the purposes for which they were collected?"),
    ("Employees are entitled to a payment where the employer ends the contract early.",
     "Does the employer end the contract early?"),
])
def test_a_right_where(text, question):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == ("q1", [question])
    assert p.conclusion.polarity == "positive"


@pytest.mark.parametrize("text, question, conclusion", [
    # each was "no conditions found"
    ("Customer data may only be shared with third parties that have signed a data processing agreement.",
     "Have the third parties signed a data processing agreement?", "Customer data may be shared"),
    ("Personal data may only be transferred to countries that provide an adequate level of protection.",
     "Do the countries provide an adequate level of protection?", "Personal data may be transferred"),
])
def test_the_only_parties_it_may_go_to(text, question, conclusion):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == ("q1", [question])
    assert (p.conclusion.text, p.conclusion.polarity) == (conclusion, "positive")


def test_where_it_is_a_condition_on_the_data_of_the_data_subject():
    # was "no conditions found": "where it" was no cue, and a data subject was read as a thing
    p = parse_policy("Data subjects may request the erasure of their personal data where it is no longer necessary "
                     "for the purpose for which it was collected.")
    assert [q.text for q in p.questions] == [
        "Is your personal data no longer necessary for the purpose for which it was collected?"]
    assert p.linear == "q1"


@pytest.mark.parametrize("text, linear, question", [
    # was "no conditions found" ("if required" read as "if any"), then "Are you required by law?"
    ("A covered entity may disclose protected health information to a law enforcement official if required by law.",
     "q1", "Is it required by law?"),
    ("You may disclose information to the police unless prohibited by a court order.", "NOT(q1)",
     "Is it prohibited by a court order?"),
], ids=["required-by-law", "prohibited-by"])
def test_what_an_authority_requires_is_the_act(text, linear, question):
    p = parse_policy(text)
    assert (p.linear, [q.text for q in p.questions]) == (linear, [question])


def test_the_reader_employed_by_someone_is_still_the_reader():
    assert parse_policy("You can claim if employed by a charity.").questions[0].text == "Are you employed by a charity?"


def test_we_are_the_reader_of_a_policy_written_by_those_it_binds():
    # was "no conditions found"
    p = parse_policy("We must obtain the customer's explicit consent before sending marketing emails.")
    assert [q.text for q in p.questions] == [
        "Do you obtain the customer's explicit consent before sending marketing emails?"]
    # where the reader is "you", "we" is the other party: no requirement of the reader's
    assert parse_policy("We must receive your application by 31 March.").tree is None
