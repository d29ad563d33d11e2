"""Two ways a condition was lost: the kind of person a relative clause also restricts ("Only full-time employees who
have completed their probation period are eligible": a part-time employee who passed probation was let in), and a
proviso whose subject is "their"/"we"/"our" ("… provided their manager agrees": the parser read "provided" as a verb
and asked only "Are you an employee?")."""

from __future__ import annotations

import pytest

from pcd import check
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, questions", [
    ("Only full-time employees who have completed their probation period are eligible for the bonus.",
     ["Are you a full-time employee?", "Have you completed your probation period?"]),
    ("Disabled veterans who served in combat are eligible for the grant.",
     ["Are you a disabled veteran?", "Did you serve in combat?"]),
], ids=["full-time", "disabled"])
def test_the_kind_a_relative_clause_restricts_is_a_condition_too(text, questions):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == questions
    assert p.linear == "AND(q1, q2)"


@pytest.mark.parametrize("text, question", [
    # "eligible" says the rule applies, not to whom; "current and former" means both
    ("Eligible veterans who served in combat can apply.", "Did you serve in combat?"),
    ("Current and former members who served in combat can apply.", "Did you serve in combat?"),
], ids=["eligible", "current-and-former"])
def test_adjectives_that_restrict_no_one_are_not_asked(text, question):
    assert [q.text for q in parse_policy(text).questions] == [question]


def test_a_proviso_with_their_is_a_condition():
    p = parse_policy("Employees may work from home up to two days a week, provided their manager agrees and they are "
                     "contactable during core hours.")
    assert [q.text for q in p.questions] == ["Does your manager agree?", "Are you contactable during core hours?",
                                             "Do you work from home more than two days a week?"]  # the cap, kept
    assert p.linear == "AND(q1, q2, NOT(q3))"
    assert p.conclusion.text == "Employees may work from home up to two days a week"
    r = check(p, question="Can I work from home?", answers={"q1": "no"})
    assert r.label == "non_compliant"


def test_provided_as_a_verb_is_no_condition():
    p = parse_policy("Training is provided by the employer.")
    assert p.tree is None
