"""The consent answerer: whether a consent, permission or authorization was had, from what the scenario says was
done with or without it; abstention whenever the scenario does not say, or says both."""

from __future__ import annotations

import pytest

from pcd.answering import DEFAULT_CHAIN
from pcd.answering.consent import ConsentAnswerer, ConsentAsked, consent_asked


@pytest.mark.parametrize("question, asked", [
    ("Do you have the landlord's written consent?", ConsentAsked("landlord", True)),
    ("Do you have your manager's approval?", ConsentAsked("manager", False)),
    ("Does your manager agree?", ConsentAsked("manager", False)),
    ("Did the individual sign an authorization for this use or disclosure?", ConsentAsked(None, True)),
    ("Did the data subject give explicit consent for this processing?", ConsentAsked(None, False)),
    ("Is the processing based on the data subject's consent?", ConsentAsked(None, False)),
    # about the consent itself, not whether it was given
    ("Had the individual revoked the authorization before the use or disclosure?", None),
    ("Did an Institutional Review Board or privacy board approve a waiver of the individual's authorization?", None),
    ("Does the authorization contain material information known to be false?", None),
    ("Do you keep pets?", None),
    ("Did you agree to the terms?", ConsentAsked("you", False)),  # the reader's own: said with "I"
])
def test_what_a_question_asks(question, asked):
    assert consent_asked(question) == asked


@pytest.mark.parametrize("scenario, question, value", [
    ("I have a dog but never asked the landlord.", "Do you have the landlord's written consent?", "no"),
    ("I have a cat. My landlord said it was fine in writing.", "Do you have the landlord's written consent?", "yes"),
    ("My manager didn't give me permission.", "Do you have your manager's approval?", "no"),
    ("I didn't ask my manager.", "Does your manager agree?", "no"),
    ("My manager gave me permission to leave early.", "Do you have your manager's approval?", "yes"),
    ("A hospital emailed a patient's lab results to her employer without her authorization.",
     "Did the individual sign an authorization for this use or disclosure?", "no"),
    ("The clinic sent the records to a specialist with the patient's written consent.",
     "Did the individual sign an authorization for this use or disclosure?", "yes"),
    ("The app shares location data with advertisers. Users are never asked.",
     "Is the processing based on the data subject's consent?", "no"),
    ("She refused consent to the research.", "Did the data subject give explicit consent for this processing?", "no"),
    ("I never agreed to the new terms.", "Did you agree to the terms?", "no"),
    ("I agreed to the terms last week.", "Did you agree to the terms?", "yes"),
])
def test_answers_from_the_sentence_that_says(scenario, question, value):
    got = ConsentAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == value and got.answerer == "consent"
    assert got.evidence.kind == "scenario" and got.evidence.text in scenario


@pytest.mark.parametrize("scenario, question", [
    # written consent asked, only spoken consent said
    ("My landlord said it was fine.", "Do you have the landlord's written consent?"),
    # someone else's consent
    ("My neighbour agreed.", "Do you have the landlord's written consent?"),
    # a negation about something else in the same sentence
    ("I didn't get a receipt but my manager approved it.", "Do you have your manager's approval?"),
    # sentences that disagree
    ("My manager approved it. Later my manager did not approve the change.", "Does your manager agree?"),
    ("I have a dog.", "Do you have the landlord's written consent?"),  # nothing said
    ("She never agreed to the terms.", "Did you agree to the terms?"),  # someone else's
])
def test_abstains(scenario, question):
    assert ConsentAnswerer().answer_batch([question], scenario) == [None]


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("consent") < DEFAULT_CHAIN.index("cross-encoder")


@pytest.mark.parametrize("question, scenario, expected", [
    ("Do you have the patient's consent?",
     "I told the patient's daughter about her diagnosis after the patient said it was fine.", "yes"),
    ("Do you have the patient's written consent?", "The patient said it was fine.", None),  # not in writing
    ("Do you have the patient's consent?", "The patient agreed to the surgery.", None),  # agreed to something else
    ("Do you have the patient's consent?", "The patient said it was not fine.", None),
])
def test_the_person_concerned_saying_yes_in_so_many_words(question, scenario, expected):
    got = ConsentAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, expected", [
    ("I'm 16 and my mum signed the consent form.", "yes"),
    ("I am 15 and did not get consent from my parents.", "no"),
    ("My dad said it was fine.", None),  # not in writing
])
def test_a_parent_is_named_as_family_names_them(scenario, expected):
    got = ConsentAnswerer().answer_batch(["Do you have written consent from a parent or guardian?"], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("question, scenario, expected", [
    ("Do you have the landlord's written consent?", "I rent out my spare room on Airbnb; my landlord doesn't know.",
     "no"),  # the model said "unknown"
    ("Does your manager agree?", "My manager does not know about it.", "no"),
    ("Do you have the landlord's written consent?", "I don't know if my landlord would mind.", None),
])
def test_one_who_does_not_know_of_it_has_not_agreed(question, scenario, expected):
    got = ConsentAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("question, scenario, expected", [
    # the model said "yes" (objected) to a patient who "had said that was fine"
    ("Does the patient object?", "The hospital told the patient's daughter, who looks after her, about the "
                                 "diagnosis. The patient had said that was fine.", "no"),
    ("Does the patient object?", "The hospital told her daughter even though the patient had asked them not to.",
     "yes"),
    ("Did the individual object to the disclosure?", "Mr Jones had no objection to his son being told.", "no"),
    ("Did your landlord object?", "I got a cat. My landlord objected but I kept it anyway.", "yes"),
    ("Did the individual object to being listed in the directory?", "She refused consent to the listing.", "yes"),
    ("Does the patient object?", "The nurse told his wife without asking him.", None),  # not asked is not objecting
    ("Does the patient object?", "The patient refused treatment.", None),  # refusing something else
    ("Did your landlord object?", "My neighbour objected to the noise.", None),  # someone else
])
def test_an_objection_is_read_as_the_other_side_of_a_consent(question, scenario, expected):
    got = ConsentAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("question, scenario, expected", [
    # "can" inside what was agreed is no rule (the model said "unknown")
    ("Do you have your manager's approval?", "My manager agreed that I can work from home on Mondays.", "yes"),
    ("Does your manager approve?", "My manager said I could take the day off.", "yes"),
    ("Do you have your manager's approval?", "The policy says I can work from home with approval.", None),
])
def test_a_permission_reported_as_given(question, scenario, expected):
    got = ConsentAnswerer().answer_batch([question], scenario)[0]
    assert (got.value if got else None) == expected


@pytest.mark.parametrize("scenario, expected", [
    ("The nurse told the patient's wife about his diagnosis while he was unconscious.", "yes"),  # the model: "no"
    ("The nurse told the patient's wife after he said it was fine.", "no"),  # he could, and did, agree
    ("The nurse told the patient's wife about his diagnosis.", None),
])
def test_unable_to_object(scenario, expected):
    for question in ("Is the patient unable to object?",  # and as the HIPAA pack asks it
                     "Could the individual not be asked because of incapacity or emergency treatment?",
                     "Was the individual absent, incapacitated or in an emergency so that they could not be asked?"):
        got = ConsentAnswerer().answer_batch([question], scenario)[0]
        assert (got.value if got else None) == expected
