"""The ``undone`` answerer: "no" where the scenario names the thing asked about with the opposite "un-" word.

Security and handling rules ask "Do you lock your computer screen?", "Is the laptop encrypted?", "Is the form
signed?"; a scenario says "I left my screen unlocked", "the laptop was unencrypted", "an unsigned form". Small models
read the shared stem and answer "yes" (ours: 0.95 for "I went to lunch and left my screen unlocked"). A question
about doing one of a few such things (lock, encrypt, sign, secure, protect, label, seal, supervise, insure,
register, vaccinate, license) to a thing, or about the thing being in that state, is answered "no" from a sentence
that says the thing (one of the question's nouns) is "un-" that ("unlocked", "unencrypted", "unsigned"). So is a
question about wearing, keeping or carrying a thing at all times, from a sentence that says it was taken off, left
or forgotten ("I took off my hard hat for a minute"; the model said "yes"), and one about keeping an animal on a
lead, from one let off it ("I let my dog off the lead": the model said "yes" at 0.98). It never answers "yes", and abstains on
anything else.

    >>> from pcd.answering.undone import UndoneAnswerer
    >>> a = UndoneAnswerer().answer_batch(["Do you lock your computer screen?", "Is the laptop encrypted?"],
    ...                                   "I went to lunch and left my screen unlocked.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'I went to lunch and left my screen unlocked.', None)
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.text import STOPWORDS
from pcd.answering.types import Answer

__all__ = ["UndoneAnswerer", "undone_asked"]

# a verb -> the participle its "un-" word is built on
_DONE = {"lock": "locked", "encrypt": "encrypted", "sign": "signed", "secure": "secured", "protect": "protected",
         "label": "label(?:l)?ed", "seal": "sealed", "supervise": "supervised", "insure": "insured",
         "register": "registered", "vaccinate": "vaccinated", "license": "licensed", "licence": "licensed",
         "attend": "attended"}
_VERB_Q = re.compile(rf"^(?:do|did|does|will|have|has)\s+(?:you|they|we|staff|the\s+\w+)\s+(?:always\s+)?"
                     rf"(?P<verb>{'|'.join(_DONE)})\s+(?P<rest>.+?)\s*\??\s*$", re.I)
_STATE_Q = re.compile(rf"^(?:is|are|was|were)\s+(?P<rest>.+?)\s+(?:always\s+|properly\s+|securely\s+)?"
                      rf"(?P<done>{'|'.join(sorted({p for p in _DONE.values()}, key=len, reverse=True))})\b"
                      rf"(?P<tail>.*?)\s*\??\s*$", re.I)


# "Do you wear a hard hat at all times …?": one time without it is a "no" ("I took off my hard hat for a minute")
_ALWAYS_Q = re.compile(r"^(?:do|did|will)\s+(?:you|they|staff)\s+(?P<verb>wear|keep|carry|have)\s+(?P<rest>.+?)\s+"
                       r"(?:on\s+|with\s+you\s+)?at\s+all\s+times\b", re.I)
_TAKEN_OFF = (r"(?:took|take|taking|taken)\s+(?:\w+\s+){0,3}?(?:off|out)|removed?|removing|without|forgot|forgotten|"
              r"left\s+(?:my|the|his|her|their|our)\s+[\w\s]{1,25}?\s*(?:at\s+home|behind|in\s+the\s+car)")


# "Are dogs kept on a lead …?": a dog let off it is not
_ON_LEAD_Q = re.compile(r"^(?:is|are|do|does|did)\s+(?P<rest>.+?)\s+(?:kept\s+|held\s+)?on\s+(?:a|the)\s+(?:lead|leash)\b",
                        re.I)
_OFF_LEAD = r"off[\s-]+(?:(?:the|its|his|her|my|a|their)\s+)?(?:lead|leash)|unleashed|without\s+(?:a|its|the)\s+(?:lead|leash)"


def undone_asked(question: str) -> tuple[str, set[str]] | None:
    """(participle pattern, the thing's nouns) for a question about locking, signing, encrypting … a thing.

    >>> done, nouns = undone_asked("Do you lock your computer screen?")
    >>> done, sorted(nouns)
    ('locked', ['computer', 'screen'])
    >>> undone_asked("Is the laptop encrypted?"), undone_asked("Do you lock up?")
    (('encrypted', {'laptop'}), None)
    """
    q = question.strip()
    m = _ON_LEAD_Q.match(q)
    if m is not None:  # "Are dogs kept on a lead in the park?" <- "I let my dog off the lead"
        nouns = {w for w in re.findall(r"[a-z]+", m.group("rest").lower()) if w not in STOPWORDS}
        return (_OFF_LEAD, nouns) if nouns else None
    m = _ALWAYS_Q.match(q)
    if m is not None:
        nouns = {w for w in re.findall(r"[a-z]+", m.group("rest").lower()) if w not in STOPWORDS}
        return (_TAKEN_OFF, nouns) if nouns else None
    m = _VERB_Q.match(q)
    if m is not None:
        done, thing = _DONE[m.group("verb").lower()], m.group("rest")
    else:
        m = _STATE_Q.match(q)
        if m is None:
            return None
        done = next(p for p in _DONE.values() if re.fullmatch(p, m.group("done"), re.I))
        thing = m.group("rest")
    # the thing's own words, not what follows it ("… screen whenever you leave your desk")
    thing = re.split(r"\b(?:when|whenever|if|before|after|while|at|in|on|with|by|to|for)\b", thing, maxsplit=1)[0]
    nouns = {w for w in re.findall(r"[a-z]+", thing.lower()) if w not in STOPWORDS and w not in ("up", "all")}
    return (done, nouns) if nouns else None


# one locked device is said in other words: a locked screen is a locked computer
_DEVICES = frozenset("screen computer laptop pc workstation desktop device machine".split())


def _said(sentence: str, done: str, nouns: set[str]) -> bool | None:
    low = sentence.lower()
    nouns = nouns | _DEVICES if nouns & _DEVICES else nouns
    undone = rf"\b(?:{done})\b" if done in (_TAKEN_OFF, _OFF_LEAD) else rf"\bun{done}\b"
    if re.search(undone, low) and any(re.search(rf"\b{re.escape(n.rstrip('s') or n)}s?\b", low) for n in nouns):
        return False
    return None


@register_answerer("undone")
class UndoneAnswerer(Answerer):
    """Answers "no" to locking, signing, encrypting … a thing the scenario calls unlocked, unsigned, unencrypted;
    abstains otherwise."""

    name = "undone"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return sentences_agree(questions, scenario, undone_asked, lambda sent, asked: _said(sent, *asked), self.name)
