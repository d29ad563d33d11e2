"""The ``accompanied`` answerer: whether the reader is accompanied by an adult or a parent, read from who came along.

Visitor, travel and venue rules ask "Are you accompanied by an adult?", "Will you be accompanied by a parent or
guardian?"; a scenario says "I came to visit my grandmother with my dad", "I'm travelling on my own". A sentence
saying the reader is with family of the kind asked (any grown-up relative for "an adult"; a mother, father, parent,
step-parent or guardian for "a parent") answers "yes"; one saying they are alone, on their own, by themselves or
unaccompanied answers "no" — also against anyone else asked for ("Are you accompanied by a member of staff at all
times?" ← "I walked around the lab alone", which the model answered "unknown"; "with a member of staff" is "yes"). The model read "I'm 14 and I came to visit my grandmother with my dad" as "no".
Sentences that disagree, or none, abstain, as does anyone else's company ("my sister came with a friend") and
company that may not be grown-up ("with my brother").

    >>> from pcd.answering.accompanied import AccompaniedAnswerer
    >>> a = AccompaniedAnswerer().answer_batch(["Are you accompanied by an adult at all times?"],
    ...                                        "I'm 14 and I came to visit my grandmother with my dad.")
    >>> a[0].value, a[0].evidence.text
    ('yes', "I'm 14 and I came to visit my grandmother with my dad.")
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer

__all__ = ["AccompaniedAnswerer", "company_asked"]

_PARENTS = r"mum|mom|mother|dad|father|parents?|step-?(?:mum|mom|mother|dad|father|parents?)|guardians?"
_ADULTS = _PARENTS + r"|grand(?:mother|father|ma|pa|parents?)|gran|granny|grandad|aunt|auntie|uncle|husband|wife|teacher|" \
    r"carer|(?:older|grown-up|adult)\s+(?:brother|sister|cousin)"
_KINDS = {"parent": _PARENTS, "adult": _ADULTS}
# "Are you accompanied by an adult?", "Will you be accompanied by a parent or guardian at all times?"
_ASKED = re.compile(r"^(?:are|were|will|would)\s+you\s+(?:be\s+)?accompanied\s+by\s+(?:an?\s+|your\s+)?(?P<who>"
                    r"adult|grown-up|parent(?:\s+or\s+(?:legal\s+)?guardian)?|(?:legal\s+)?guardian(?:\s+or\s+parent)?|"
                    # anyone else: "a member of staff", "your host", "an escort"
                    r"(?P<other>[a-z]+(?:\s+of\s+[a-z]+)?))"
                    r"\b(?:\s+at\s+all\s+times)?\s*\??\s*$", re.I)
_ALONE = re.compile(r"\b(?:on\s+my\s+own|by\s+myself|alone|unaccompanied|without\s+(?:an?\s+)?(?:adult|grown-up|"
                    r"my\s+(?:parents?|mum|mom|dad))|nobody\s+(?:came|was)\s+with\s+me)\b", re.I)


def company_asked(question: str) -> str | None:
    """The company a question asks about, "adult", "parent" or the one named ("member of staff"), or None when it asks
    anything else.

    >>> company_asked("Will you be accompanied by a parent or guardian?"), company_asked("Are you an adult?")
    ('parent', None)
    """
    m = _ASKED.match(question.strip())
    if m is None:
        return None
    if m.group("other"):
        return m.group("other").lower()
    return "adult" if m.group("who").lower() in ("adult", "grown-up") else "parent"


def _said(sentence: str, kind: str) -> bool | None:
    if not re.search(r"\b(?:i|i['’]m|me|we)\b", sentence, re.I):
        return None  # someone else's company
    if _ALONE.search(sentence):
        return False
    if kind not in _KINDS:  # "with a member of staff", "with my host"
        return True if re.search(rf"\b(?:with|by)\s+(?:an?|the|my|our)\s+{re.escape(kind)}\b", sentence, re.I) else None
    kin = _KINDS[kind]
    if re.search(rf"\b(?:with|by)\s+(?:my|our)\s+(?:{kin})\b|\b(?:my|our)\s+(?:{kin})\s+(?:came|comes|is\s+coming|"
                 rf"was|is|will\s+be|went|goes)\s+(?:with|along)|\bmy\s+(?:{kin})\s+and\s+I\b", sentence, re.I):
        return True
    return None


@register_answerer("accompanied")
class AccompaniedAnswerer(Answerer):
    """Answers "Are you accompanied by an adult / a parent?" from the sentence saying who came along, or that
    no one did; abstains otherwise."""

    name = "accompanied"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return sentences_agree(questions, scenario, company_asked, _said, self.name)
