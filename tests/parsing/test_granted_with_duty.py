"""A permission whose holder bears a duty in the same sentence, the duty's subject left out: "Dogs are allowed in the
park but must be kept on a lead". The duty is what is checked, asked of the permission's subject; the permission is
the conclusion. Before, spaCy's subjectless "must" verb was taken for a second duty of nothing: no conditions, and
every scenario compliant."""

from __future__ import annotations

import pytest

import pcd
from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question, conclusion", [
    ("Dogs are allowed in the park but must be kept on a lead near the children's play area.",
     "Are dogs kept on a lead near the children's play area?", "Dogs are allowed in the park"),
    ("Dogs are allowed in the park but must be kept on a lead.", "Are dogs kept on a lead?",
     "Dogs are allowed in the park"),
    ("Visitors are welcome but must sign in at reception.", "Do you sign in at reception?", "Visitors are welcome"),
    ("Employees can use the gym but must book a slot in advance.", "Do you book a slot in advance?",
     "Employees can use the gym"),
], ids=["dogs-near", "dogs", "visitors", "gym"])
def test_the_duty_of_a_permission_holder_is_its_requirement(text, question, conclusion):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question]
    assert p.linear == "q1"
    assert p.conclusion.text == conclusion and p.conclusion.polarity == "positive"
    c = p.questions[0].citation  # the duty is quoted where it stands
    assert text[c.start:c.end] == c.quote and "must" not in c.quote and c.start > text.index(" but ")


def test_a_duty_after_but_is_checked_end_to_end():
    p = parse_policy("Visitors are welcome but must sign in at reception.")
    assert pcd.check(p, "I didn't sign in at reception.").label == "non_compliant"
    assert pcd.check(p, "I signed in at reception when I arrived.").label == "compliant"


@pytest.mark.parametrize("text", [
    "Expenses over £50 need a receipt and must be approved by a director.",  # two duties, as before
    "You may park here but you must display a permit.",  # the duty names its subject: read as before
])
def test_other_joined_verbs_keep_their_reading(text):
    p = parse_policy(text)
    assert p.tree is not None and len(p.questions) >= 1
    assert not any(q.text.startswith("Is dogs") for q in p.questions)
