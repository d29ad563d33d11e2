"""The ``possession`` answerer: "Do you have X?" is "no" where the scenario says X was lost, forgotten or never got.

A question that asks whether the reader, or a named thing, has something ("Do you have a ticket?", "Does the
expense have a receipt?", "Have you got your staff pass?") is answered "no" from the one scenario sentence that
says that thing was lost, forgotten, left behind, stolen, thrown away or never got ("I lost the receipt", "I forgot
my ticket at home", "My passport was stolen"), unless the sentence also says it was found or replaced. Every
content word the question names the thing with must be in that sentence ("staff pass" is not "parking pass").
Anything else abstains, and the next answerer of the chain decides: "I have the receipt" needs no rule, and the
scenario model answered such losses "yes" (the words of the thing are there, the loss is not read).

    >>> from pcd.answering.possession import PossessionAnswerer
    >>> a = PossessionAnswerer().answer_batch(["Does the expense have a receipt?", "Are you married?"],
    ...                                       "I claimed £120 for a hotel and I lost the receipt.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'I claimed £120 for a hotel and I lost the receipt.', None)
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import sentences
from pcd.answering.types import Answer

__all__ = ["PossessionAnswerer", "asked_thing", "lost_in"]

_QUESTION = re.compile(r"^(?:do you|does (?:the|your) [a-z'’-]+(?: [a-z'’-]+)?|have you got|has (?:the|your) [a-z'’-]+)"
                       r" (?:still )?(?:have|got)?\s*(?:got )?(?:(?:a|an|the|your|any|its|their|his|her)\s+)?"
                       r"(?P<thing>[a-z'’-]+(?: [a-z'’-]+){0,3})$")
# words that qualify a thing without naming it: "a valid passport" is lost with "my passport"
_QUALIFIERS = {"valid", "current", "proper", "original", "own", "new", "signed", "written", "required", "necessary"}
_LOSS = (r"(?:lost|misplaced|forgot|forgotten|left|threw away|thrown away|binned|never (?:got|received|had|had got)|"
         r"(?:do not|don't|did not|didn't|never) (?:have|get|receive|bring|keep)|have no|had no|haven't got|hasn't got)")
_OWNER = r"(?:(?:my|the|a|an|his|her|their|our|your|any)\s+)?"
_STOLEN = r"\b(?:was|were|got|has been|have been)\s+(?:stolen|lost|thrown away)\b"
_FOUND = re.compile(r"\b(?:found|replaced|recovered|got (?:it|them|a new|another)|new one|again|still have)\b", re.I)


def asked_thing(question: str) -> list[str] | None:
    """The words that name the thing a possession question asks about, else None.

    >>> asked_thing("Do you have a valid visa?"), asked_thing("Does the expense have a receipt?")
    (['valid', 'visa'], ['receipt'])
    """
    body = re.sub(r"\s+", " ", question.strip().lower()).rstrip(" ?")
    m = _QUESTION.match(body)
    if m is None or not re.search(r"\b(?:have|got)\b", body):
        return None
    words = m.group("thing").split()
    return words if words and words[-1] not in ("to", "been", "it", "them", "any", "children", "child") else None


def lost_in(sentence: str, thing: list[str]) -> bool:
    """Whether ``sentence`` says the thing was lost, forgotten, left, stolen or never got (and not found again).

    >>> lost_in("I forgot my ticket at home.", ["ticket"]), lost_in("I lost my ticket but found it later.", ["ticket"])
    (True, False)
    """
    low = sentence.lower()
    word = thing[-1][:-1] if thing[-1].endswith("s") and not thing[-1].endswith("ss") else thing[-1]
    head = re.escape(word) + r"s?"
    named = [w for w in thing[:-1] if w not in _QUALIFIERS]
    if _FOUND.search(low) or any(not re.search(rf"\b{re.escape(w)}\b", low) for w in named):
        return False
    before = rf"\b{_LOSS}\s+{_OWNER}(?:[a-z'’-]+\s+){{0,3}}{head}\b"
    after = rf"\b{head}\s+(?:[a-z'’-]+\s+)?{_STOLEN}"
    away = rf"\b(?:threw|thrown|binned)\s+{_OWNER}(?:[a-z'’-]+\s+){{0,3}}{head}\s+away\b"  # "threw the invoice away"
    return any(re.search(p, low) is not None for p in (before, after, away))


@register_answerer("possession")
class PossessionAnswerer(Answerer):
    """Answers "no" to "Do you / Does the X have Y?" from the one sentence saying Y was lost, forgotten, left behind,
    stolen or never got; abstains on everything else."""

    name = "possession"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        out: list[Answer | None] = []
        for q in questions:
            thing = asked_thing(q) if scenario else None
            facts = [(sent, span) for sent, span in sentences(scenario) if lost_in(sent, thing)] if thing else []
            out.append(decided(q, False, *facts[0], self.name) if len(facts) == 1 else None)
        return out
