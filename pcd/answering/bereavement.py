"""The ``bereavement`` answerer: whether a close family member (or the relative a question names) has died.

Bereavement and compassionate-leave rules ask "Has a close family member died?", "Has your partner died?"; a
scenario says "My father died last week", "My neighbour passed away". A sentence saying someone of the reader's
died answers from who it was: a parent, child, partner, spouse or sibling is close family ("yes"); a friend,
neighbour, colleague or pet is not ("no"); a grandparent, aunt, uncle or cousin is family that rules class either
way, so "close" abstains (plain "a family member" or "a relative" is "yes"). A question naming one relative
("Has your partner died?") is "yes" for that relative and "no" for someone else's death stated alone. The model read
"My father died last week" as "no" to "Has a close family member died?". No such sentence, or sentences that
disagree, abstain.

    >>> from pcd.answering.bereavement import BereavementAnswerer
    >>> a = BereavementAnswerer().answer_batch(["Has a close family member died?"],
    ...                                        "I am an employee. My father died last week.")
    >>> a[0].value, a[0].evidence.text
    ('yes', 'My father died last week.')
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer

__all__ = ["BereavementAnswerer", "death_asked"]

_CLOSE = {"mother": "parent", "mum": "parent", "mom": "parent", "father": "parent", "dad": "parent",
          "parent": "parent", "stepmother": "parent", "stepfather": "parent", "son": "child", "daughter": "child",
          "child": "child", "baby": "child", "husband": "spouse", "wife": "spouse", "spouse": "spouse",
          "partner": "spouse", "civil partner": "spouse", "brother": "sibling", "sister": "sibling",
          "sibling": "sibling"}
_WIDER = {"grandmother", "grandfather", "grandma", "grandpa", "granny", "gran", "grandad", "grandparent", "aunt",
          "uncle", "cousin", "niece", "nephew", "grandson", "granddaughter", "grandchild", "mother-in-law",
          "father-in-law", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law"}
_NOT_FAMILY = {"friend", "neighbour", "neighbor", "colleague", "boss", "manager", "teacher", "dog", "cat", "pet",
               "horse", "flatmate", "housemate", "landlord", "classmate", "coworker", "co-worker"}
_WHO = "|".join(sorted((re.escape(w) for w in [*_CLOSE, *_WIDER, *_NOT_FAMILY]), key=len, reverse=True))
_DIED = re.compile(rf"\b(?:my|our)\s+(?:(?:best|close|old|late|elderly|little|older|younger|big|baby|beloved)\s+)?"
                   rf"(?P<who>{_WHO})s?\b[^.;]{{0,30}}?\b(?:died|passed\s+away|has\s+passed|was\s+killed|"
                   rf"lost\s+(?:his|her|their)\s+life|is\s+dead)\b", re.I)
_ASKED = re.compile(r"^(?:has|did)\s+(?P<who>(?:a|an|your|any)\s+(?:(?:close|immediate|near)\s+)?(?:family\s+member|"
                    r"relative|member\s+of\s+your\s+(?:close\s+|immediate\s+)?family)|your\s+[a-z -]+?)\s+(?:died|die|"
                    r"passed\s+away|pass\s+away)\s*\??\s*$", re.I)


def death_asked(question: str) -> tuple[str, bool] | None:
    """(whose death, whether only close family counts) for a question asking whether someone of the reader's died.

    >>> death_asked("Has a close family member died?"), death_asked("Has your partner died?")
    (('family', True), ('spouse', False))
    """
    m = _ASKED.match(question.strip())
    if m is None:
        return None
    who = m.group("who").lower()
    if re.search(r"family|relative", who):
        return "family", bool(re.search(r"\b(?:close|immediate|near)\b", who))
    named = re.sub(r"^your\s+", "", who)
    kind = _CLOSE.get(named)
    return (kind, False) if kind else None


def _said(sentence: str, whose: str, close_only: bool) -> bool | None:
    m = _DIED.search(sentence)
    if m is None:
        return None
    who = m.group("who").lower()
    if whose != "family":
        return _CLOSE.get(who) == whose
    if who in _CLOSE:
        return True
    if who in _WIDER:
        return None if close_only else True
    return False


@register_answerer("bereavement")
class BereavementAnswerer(Answerer):
    """Answers whether a (close) family member or a named relative died from the sentence saying whose death it
    was; abstains otherwise."""

    name = "bereavement"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return sentences_agree(questions, scenario, death_asked, lambda sent, asked: _said(sent, *asked), self.name)
