"""Questions asked of a couple: "Do you or your partner work?" holds when either of them does.

A model reads "I work 30 hours a week" against "Do you or your partner work?" as undecided, though the scenario
settles it: the reader works, so one of the two does. The chain asks such a question once more for each person
("Do you work?", "Does your partner work?") and combines the answers: "yes" when either is "yes", "no" when both
are "no"; otherwise the answer to the question as asked stands, as it does when a prior answer (the user's own
turn) or a rule answerer decided it.

    >>> split_couple("Are you or your partner over 60?")
    ('Are you over 60?', 'Is your partner over 60?')
    >>> split_couple("Do you or your partner get Pension Credit?")
    ('Do you get Pension Credit?', 'Does your partner get Pension Credit?')
    >>> split_couple("Are you over 60?") is None
    True
"""

from __future__ import annotations

import re

from pcd.answering.types import DECIDED_CONFIDENCE, Answer
from pcd.parsing.questions import PARTNER_WORDS

__all__ = ["split_couple", "combined"]

_COUPLE = re.compile(r"^(?P<aux>do|are|have|did|were|can|could|will|would)\s+you\s+(?:or|and/or)\s+"
                     r"(?P<other>your\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in PARTNER_WORDS) + r"))\s+"
                     r"(?P<rest>[^?]{2,200}?)\s*\?$", re.I)
# the auxiliary said of one other person
_THIRD_PERSON = {"do": "Does", "are": "Is", "have": "Has", "were": "Was"}


def split_couple(question: str) -> tuple[str, str] | None:
    """The question asked of the reader and of the partner, or None if it is not asked of a couple."""
    m = _COUPLE.match(question.strip())
    if m is None or re.search(r"\b(?:between you|together|both|each other|joint)\b", m.group("rest"), re.I):
        return None  # "Do you or your partner earn £500 between you?" is said of the two together
    aux, rest = m.group("aux").lower(), m.group("rest")
    return (f"{aux.capitalize()} you {rest}?",
            f"{_THIRD_PERSON.get(aux, aux.capitalize())} {m.group('other').lower()} {rest}?")


def combined(asked: Answer, you: Answer | None, partner: Answer | None) -> Answer:
    """The answer to the couple's question ``asked`` from the answers for each of them: "yes" when either is,
    "no" when both are not; otherwise (or when a prior turn or a rule answered the question as asked) ``asked``."""
    if asked.evidence.kind == "history" or asked.confidence >= DECIDED_CONFIDENCE or you is None or partner is None:
        return asked
    said_yes = [a for a in (you, partner) if a.value == "yes"]
    if said_yes:
        best = max(said_yes, key=lambda a: a.confidence)
        return Answer(asked.question, "yes", best.confidence, best.evidence, best.answerer)
    if you.value == partner.value == "no":
        weaker = min((you, partner), key=lambda a: a.confidence)
        return Answer(asked.question, "no", weaker.confidence, weaker.evidence, weaker.answerer)
    return asked
