"""What a requirement is for ("… to apply") is its conclusion, people a rule is about are the reader ("Non-residents
… if they return"), and a time inside an exception stays in it ("unless you declared them when you bought …")."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


def _asked(text: str) -> list[str]:
    return [q.text for q in parse_policy(text).questions]


@pytest.mark.parametrize("text, questions, goal", [
    ("You must be over 16 to apply.", ["Are you over 16?"], "to apply"),
    ("You must be over 16 to be eligible.", ["Are you over 16?"], "to be eligible"),
    ("Applicants must be over 16 to apply.", ["Are you over 16?"], "to apply"),
    ("Students must be enrolled full-time to qualify for the grant.", ["Are you enrolled full-time?"],
     "to qualify for the grant"),
    ("You must be aged 18 or over and have lived in the UK for at least 3 of the last 5 years to apply.",
     ["Are you aged 18 or over?", "Have you lived in the UK for at least 3 of the last 5 years?"], "to apply"),
    ("You or your partner must be over 60 to claim.", ["Are you or your partner over 60?"], "to claim"),
], ids=["you", "eligible", "applicants", "qualify-for", "two-requirements", "couple"])
def test_what_a_requirement_is_for_is_the_conclusion(text, questions, goal):
    # was "Are you over 16 to apply?" with no conclusion
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.conclusion.text == goal and p.conclusion.polarity == "positive"


def test_a_purpose_that_is_no_goal_stays_in_the_question():
    assert _asked("You must register to vote.") == ["Do you register to vote?"]


def test_a_couple_named_in_capitals_is_asked_in_agreement():
    # was "Is You or your partner over 60?"
    assert _asked("You or your partner must be over 60.") == ["Are you or your partner over 60?"]


def test_a_bare_goal_does_not_part_two_requirements():
    p = parse_policy("You must be 16 or over to qualify. You must be 25 or over if you don't have children or "
                     "you don't have a disability.")
    assert "Are you 16 or over?" in [q.text for q in p.questions] and len(p.questions) == 3


@pytest.mark.parametrize("text, question", [
    ("Non-residents may have to pay UK tax on overseas property if they return to the UK within 5 years of "
     "leaving.", "Do you return to the UK within 5 years of leaving?"),
    ("## If you're non-resident\n\nNon-residents may have to pay UK tax on overseas property if they return to "
     "the UK within 5 years of leaving.", "Do you return to the UK within 5 years of leaving?"),
    ("A person is generally classed as a worker if:\n\n* they have a contract (your contract does not have to be "
     "written)\n* their reward is for money", "Do you have a contract (your contract does not have to be written)?"),
], ids=["plural", "heading-says-you", "list"])
def test_they_of_the_people_a_rule_is_about_is_the_reader(text, question):
    # was "Do they …": the policy says "you" elsewhere, which had kept every "they" someone else's
    assert question in _asked(text)


@pytest.mark.parametrize("text, question", [
    ("Employers must pay sick pay if they employ you.", "Do they employ you?"),
    ("You must stop claiming for your child if they start claiming for themselves.",
     "Do they start claiming for themselves?"),
    ("## Taking repayments from your benefits\n\nIf the estate shows the person who died shouldn't have got the "
     "income-related benefits they were on, contact Debt Management instead.", None),
], ids=["party", "you-say-it", "inside-condition"])
def test_they_of_someone_else_stays(text, question):
    asked = _asked(text)
    if question is not None:
        assert question in asked
    assert not any(" you were on" in q for q in asked)


def test_a_time_inside_an_exception_stays_in_it():
    # was AND("Did you buy the policy?", NOT("Did you declare them?"))
    p = parse_policy("Travel insurance does not cover pre-existing medical conditions unless you declared them when "
                     "you bought the policy.")
    assert [q.text for q in p.questions] == ["Did you declare them when you bought the policy?"]
    assert p.linear == "NOT(q1)" and p.conclusion.polarity == "negative"


def test_a_goal_before_a_requirement_of_a_thing_is_its_conclusion():
    # was "no conditions found": spaCy read the goal as the subject and the income as an apposition of "SNAP"
    p = parse_policy("To be eligible for SNAP, your household's gross monthly income must be at or below 130 percent "
                     "of the poverty line.")
    assert [q.text for q in p.questions] == [
        "Is your household's gross monthly income at or below 130 percent of the poverty line?"]
    assert p.conclusion.text == "To be eligible for SNAP" and p.conclusion.polarity == "positive"
    cited = p.questions[0].citation
    assert p.text[cited.start:cited.end].startswith("your household's gross monthly income must be")
