"""The ``sharing`` answerer: whether the reader shared a thing of theirs, or let others use it, from what they did.

Security rules ask "Do you share your passwords with anyone?", "Did you let family members use your work laptop?";
a scenario says "I told my colleague my password", "My son sometimes plays games on my work laptop", "I have never
told anyone my password", "Nobody else touches my laptop". A sentence in which the reader tells, gives, sends or
shows someone their thing (the question's last noun) answers "yes" to sharing it; one in which someone of the family
uses or plays on it answers "yes" to letting family members use it; one saying they never told or shared it, or that
no one else uses it, answers "no". The model read "I told my colleague my password so she could check my email"
as "unknown" and "My son sometimes plays games on my work laptop" as "no". Sentences that disagree, or none, abstain.

    >>> from pcd.answering.sharing import SharingAnswerer
    >>> a = SharingAnswerer().answer_batch(["Do you share your passwords with anyone?"],
    ...                                    "I told my colleague my password so she could check my email.")
    >>> a[0].value, a[0].evidence.text
    ('yes', 'I told my colleague my password so she could check my email.')
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer

__all__ = ["SharingAnswerer", "sharing_asked"]

_SHARE_Q = re.compile(r"^(?:do|did|have)\s+you\s+(?:ever\s+)?(?:share|shared|give|gave|tell|told|disclose|reveal|lend)\s+"
                      r"(?:your|the|any)\s+(?P<thing>[a-z -]+?)(?:\s+(?:with|to)\s+[a-z -]+?)?\s*\??\s*$", re.I)
_LET_Q = re.compile(r"^(?:do|did|have)\s+you\s+(?:ever\s+)?(?:let|allow)\s+(?P<who>[a-z -]+?)\s+(?:to\s+)?use\s+"
                    r"(?:your|the)\s+(?P<thing>[a-z -]+?)\s*\??\s*$", re.I)
_FAMILY = r"son|daughter|kids?|children|child|wife|husband|partner|mum|mom|dad|brother|sister|family|flatmate|friend"


def sharing_asked(question: str) -> tuple[str, str] | None:
    """("share" or "let", the thing's head noun) for a question about sharing a thing or letting others use it.

    >>> sharing_asked("Do you share your passwords with anyone?"), sharing_asked("Did you let family members use "
    ...                                                                         "your work laptop?")
    (('share', 'password'), ('let', 'laptop'))
    """
    q = question.strip()
    m = _SHARE_Q.match(q)
    kind = "share"
    if m is None:
        m, kind = _LET_Q.match(q), "let"
        if m is None or not re.search(r"\b(?:family|anyone|others|other people|children|kids)\b", m.group("who")):
            return None
    head = m.group("thing").split()[-1].lower()
    head = re.sub(r"(?<=[^s])s$", "", head)  # "passwords" -> "password"
    return (kind, head) if len(head) > 2 else None


def _said(sentence: str, asked: tuple[str, str]) -> bool | None:
    kind, thing = asked
    low = sentence.lower()
    mine = rf"\b(?:my|our)\s+(?:[a-z-]+\s+){{0,2}}?{re.escape(thing)}s?\b"
    if not re.search(mine, low):
        return None
    if re.search(rf"\b(?:never|not|n['’]t|no\s+one|nobody)\b[^.;]{{0,30}}?\b(?:told|tell|shared?|give|given|gave|shown|"
                 rf"showed|uses?|used|touch(?:es|ed)?)\b|\bkept\s+{mine}\s+to\s+myself|\b(?:no\s+one|nobody)\s+"
                 rf"(?:else\s+)?(?:knows|has)\s+{mine}", low):
        return False
    if kind == "share":
        if re.search(rf"\b(?:i|we)\b[^.;]{{0,25}}?\b(?:told|gave|sent|showed|shared|lent|emailed|texted|handed)\b"
                     rf"[^.;]{{0,30}}?{mine}", low):
            return True
        return None
    if re.search(rf"\b(?:my|our)\s+(?:{_FAMILY})\b[^.;]{{0,30}}?\b(?:uses?|used|plays?|played|borrows?|borrowed|"
                 rf"goes\s+on|went\s+on)\b[^.;]{{0,30}}?{mine}", low):
        return True
    return None


@register_answerer("sharing")
class SharingAnswerer(Answerer):
    """Answers whether the reader shared a thing of theirs or let family use it, from the sentence saying they did
    or never did; abstains otherwise."""

    name = "sharing"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return sentences_agree(questions, scenario, sharing_asked, _said, self.name)
