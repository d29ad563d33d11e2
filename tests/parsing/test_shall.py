"""Regulations write requirements with "shall" as often as with "must": each is a condition, asked as a fact,
and "there shall be" asks whether each thing listed is there."""

from __future__ import annotations

import pytest

from pcd.policy import parse_policy


@pytest.mark.parametrize("text, question", [
    ("All paved runways shall be marked in accordance with the latest Advisory Circular.",
     "Are all paved runways marked in accordance with the latest Advisory Circular?"),
    ("A covered entity shall obtain an authorization for any use of psychotherapy notes.",
     "Does a covered entity obtain an authorization for any use of psychotherapy notes?"),
    ("There shall be a wind direction indicator.", "Is there a wind direction indicator?"),
])
def test_shall_states_a_requirement_like_must(text, question):
    p = parse_policy(text)
    assert [q.text for q in p.questions] == [question] and p.linear == "q1"


def test_each_thing_there_shall_be_is_required():
    p = parse_policy("There must be a first aid kit and a fire extinguisher.")
    assert p.linear == "AND(q1, q2)"
    assert [q.text for q in p.questions] == ["Is there a first aid kit?", "Is there a fire extinguisher?"]
    cited = p.questions[1].citation
    assert p.text[cited.start:cited.end] == "a fire extinguisher"


def test_requirements_listed_with_shall_are_all_required():
    p = parse_policy("* The manager shall file a notice to airmen.\n"
                     "* The manager shall display the traffic pattern, the safety rules, any noise abatement "
                     "procedures, and any special orders at a prominent location.\n")
    assert p.linear == "AND(q1, q2)"
    # ", any noise abatement procedures" continues the list of things displayed: it opens no condition
    assert p.questions[1].text == ("Do you display the traffic pattern, the safety rules, any noise abatement "
                                   "procedures, and any special orders at a prominent location?")


@pytest.mark.parametrize("text", [
    "There shall be a wind direction indicator consisting of either a wind sock, a tetrahedron or a wind tee.",
    "There shall be a wind direction indicator consisting of either a wind sock, a tetrahedron, or a wind tee.",
])
def test_either_with_three_alternatives_asks_each(text):
    p = parse_policy(text)
    assert p.linear == "OR(q1, q2, q3)"
    assert [q.text.rsplit(" ", 2)[-2:] for q in p.questions] == [["wind", "sock?"], ["a", "tetrahedron?"],
                                                                 ["wind", "tee?"]]


def test_it_in_the_next_requirement_is_the_thing_required_before():
    p = parse_policy("To qualify, your self-employed work must aim to make a profit. It must also be commercial, "
                     "regular and organised.")
    assert p.linear == "AND(q1, q2)"
    assert [q.text for q in p.questions] == ["Does your self-employed work aim to make a profit?",
                                             "Is your self-employed work commercial, regular and organised?"]
    # "it" cannot stand for plural things: here it is the inspection, so no second question is invented
    assert parse_policy("Your plants must be inspected. It must be done by May.").linear == "q1"


def test_what_a_thing_needs_is_required_and_where_to_read_more_is_no_rule():
    p = parse_policy("Your browser needs to be set to allow cookies and JavaScript. You shouldn’t need to change these "
                     "settings. If you need to change these settings you can find more information in your browser’s "
                     "help function.")
    assert [q.text for q in p.questions] == ["Is your browser set to allow cookies and JavaScript?"]
    cited = p.questions[0].citation
    assert p.text[cited.start:cited.end] == "Your browser needs to be set to allow cookies and JavaScript"
    # alone, the sentence about reading more still states its condition
    assert parse_policy("If you need to change these settings you can find more information online.").linear == "q1"
