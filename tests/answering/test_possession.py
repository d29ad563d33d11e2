"""The possession answerer: "Do you have X?" is "no" where the scenario says X was lost, forgotten, left behind,
stolen or never got; it abstains on everything else."""

import pytest

from pcd.answering import DEFAULT_CHAIN, answer
from pcd.answering.possession import PossessionAnswerer


@pytest.mark.parametrize("question, scenario", [
    ("Does the expense have a receipt?", "I claimed £120 for a hotel and I lost the receipt."),  # the model: yes
    ("Do you have a ticket?", "I forgot my ticket at home."),  # the model: yes at 0.83
    ("Do you have your staff pass?", "I left my staff pass on the kitchen table this morning."),  # the model: yes
    ("Do you have a valid passport?", "My passport was stolen on holiday."),
    ("Have you got the invoice?", "I threw the invoice away by mistake."),
    ("Do you have a receipt?", "I paid cash and never got a receipt."),
], ids=["lost", "forgot", "left", "stolen", "threw-away", "never-got"])
def test_a_thing_lost_or_never_got_is_not_had(question, scenario):
    got = PossessionAnswerer().answer_batch([question], scenario)[0]
    assert got is not None and got.value == "no" and got.evidence.text == scenario


@pytest.mark.parametrize("question, scenario", [
    ("Do you have a receipt?", "I have the receipt."),  # stated: the model's to answer
    ("Do you have a ticket?", "I lost my ticket but found it in my coat."),  # found again
    ("Do you have a building pass?", "I left my staff pass at home."),  # another thing
    ("Do you have a boarding pass?", "I left my boarding pass at the hotel, so I printed a new one."),  # replaced
    ("Are you married?", "I lost my wedding ring."),  # not a possession question
    ("Do you have a receipt?", "I lost the receipt. I also lost the receipt for the taxi."),  # two sentences
], ids=["stated", "found", "other-thing", "replaced", "not-asked", "two"])
def test_abstains_unless_the_loss_is_plain(question, scenario):
    assert PossessionAnswerer().answer_batch([question], scenario) == [None]


def test_in_the_default_chain_before_the_model():
    assert DEFAULT_CHAIN.index("possession") < DEFAULT_CHAIN.index("cross-encoder")
    got = answer(["Does the expense have a receipt?"], "I claimed £120 for a hotel and I lost the receipt.")[0]
    assert got.value == "no" and got.answerer == "possession"
