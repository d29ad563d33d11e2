import pytest

from pcd.answering.statements import to_statement


@pytest.mark.parametrize("q, yes, no", [
    ("Are you moving?", "I am moving.", "I am not moving."),
    ("Do you have a car?", "I have a car.", "I do not have a car."),
    ("Is the item an ambulance?", "The item is an ambulance.", "The item is not an ambulance."),
    ("Did you pay tax?", "I paid tax.", "I did not pay tax."),
    ("Is your child over 16?", "My child is over 16.", "My child is not over 16."),
    ("Have you lived in the UK for 3 years?", "I have lived in the UK for 3 years.", "I have not lived in the UK for 3 years."),
    ("Will you claim later?", "I will claim later.", "I will not claim later."),
])
def test_question_to_statement(q, yes, no):
    assert to_statement(q, "yes") == yes
    assert to_statement(q, "no") == no


def test_not_a_question():
    assert to_statement("Not enough information.") is None
