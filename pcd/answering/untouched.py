"""The ``untouched`` answerer: whether a thing is still unused, unopened or unworn, read from what was done with it.

Return and refund rules ask "Is the item unused?", "Are the goods unopened?", "Is the item unworn?"; a scenario
tells it the other way round: "I used it once", "we opened the box", "she wore the dress to a wedding" ("no"), "I
never opened it", "I haven't worn it" ("yes"). The model read "I bought it 10 days ago, used it once, and kept the
box" as "yes" to "Is the item unused?". The sentence must say the doing of the reader (or their household) to the
thing ("it", "them", or the thing's name); anything else — no such sentence, sentences that disagree, someone else
doing it ("the shop opened it to check") — abstains, and the next answerer of the chain decides.

    >>> from pcd.answering.untouched import UntouchedAnswerer
    >>> a = UntouchedAnswerer().answer_batch(["Is the item unused?", "Are you a member?"],
    ...                                      "I bought it 10 days ago, used it once, and kept the box.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'I bought it 10 days ago, used it once, and kept the box.', None)
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer

__all__ = ["UntouchedAnswerer", "untouched_asked"]

# the state asked -> the verb forms that undo it
_DONE = {"used": r"used|using|use", "opened": r"opened|opening|open", "worn": r"wore|worn|wearing|wear",
         "washed": r"washed|washing|wash", "assembled": r"assembled|assembling|assemble|put\s+(?:it|them)\s+together",
         "installed": r"installed|installing|install", "played": r"played|playing|play",
         "altered": r"altered|altering|alter"}
_ASKED = re.compile(r"^(?:is|are|was|were)\s+(?P<thing>(?:the|your|it|they|this|these|those)(?:\s+[a-z-]+){0,3}?)\s+"
                    r"(?:still\s+)?un(?P<state>used|opened|worn|washed|assembled|installed|played|altered)"
                    r"(?:\s+and\s+un[a-z]+)?\s*\??$", re.I)
_WHO = r"(?:I|we|my\s+(?:wife|husband|partner|son|daughter|child|kids|children|family)|she|he|they)"
_NEGATED = r"(?:not|never|n['’]t|haven['’]t|hasn['’]t|didn['’]t|don['’]t)"


def untouched_asked(question: str) -> tuple[str, str] | None:
    """(the thing's head word, the state asked) for "Is the item unused?", else None.

    >>> untouched_asked("Are the goods unopened?"), untouched_asked("Is the item faulty?")
    (('goods', 'opened'), None)
    """
    m = _ASKED.match(question.strip())
    if m is None:
        return None
    return m.group("thing").split()[-1].lower(), m.group("state").lower()


def _said(sentence: str, thing: str, state: str) -> bool | None:
    """True (still untouched: "I never opened it"), False ("I opened it"), None (not said of the reader's doing)."""
    object_ = rf"(?:it|them|the\s+(?:[a-z-]+\s+){{0,2}}?{re.escape(thing)}s?|the\s+box|the\s+packaging)" \
        if thing not in ("it", "they", "this", "these", "those") else r"(?:it|them)"
    verbs = _DONE[state]
    found = None
    for m in re.finditer(rf"\b{_WHO}\s+(?P<neg>(?:(?:have|had|has|did|do|does)\s+)?{_NEGATED}\s+)?"
                         rf"(?:(?:have|had|has)\s+)?(?:already\s+|only\s+)?(?:{verbs})\s+{object_}", sentence, re.I):
        said = m.group("neg") is not None
        if found is not None and found != said:
            return None
        found = said
    # "I bought it 10 days ago, used it once": a verb listed after the reader's first one is the reader's too
    if found is None and re.search(rf"\b{_WHO}\b", sentence, re.I) and not re.search(rf"\b{_NEGATED}\b", sentence,
                                                                                      re.I):
        if re.search(rf",\s*(?:and\s+)?(?:{verbs})\s+{object_}", sentence, re.I):
            found = False
    return found


@register_answerer("untouched")
class UntouchedAnswerer(Answerer):
    """Answers "Is the item unused / unopened / unworn?" from the sentence saying the reader did or never did it;
    abstains otherwise."""

    name = "untouched"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return sentences_agree(questions, scenario, untouched_asked, lambda sent, asked: _said(sent, *asked), self.name)
