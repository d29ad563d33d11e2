"""Orientation: does "the tree is true" mean "yes" to the user's question?

A policy's tree is the condition of its conclusion. The answer to the user's question
is the tree's value, inverted once if the conclusion is negative ("you can't export
the product") and once more if the user's question is itself negated ("Can I not …?",
"Do I lose …?" against "you keep …" is beyond this rule). With no question, the
label is judged against the conclusion itself: a negative conclusion that applies
(tree true) means the scenario does what the policy forbids.

    >>> question_is_negated("Don't I need a licence?"), question_is_negated("Can I claim?")
    (True, False)
    >>> question_is_negated("Can my benefits be affected if I am not working?")  # the "not" is the condition's
    False
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Do I have to stop claiming …?" asks about not claiming, as "you must stop claiming" states it
_NEGATION = re.compile(r"\b(not|never|no longer|n't|cannot|(?:have to|need to|must|should) stop)\b|n't\b", re.IGNORECASE)
# a negation after one of these belongs to a subordinate clause, not to what the question asks
_SUBORDINATE = re.compile(r"\b(if|when|whenever|because|since|while|who|whom|which|that|after|before|although|though|"
                          r"unless|until|whether|where)\b", re.IGNORECASE)


def question_is_negated(question: str) -> bool:
    text = question.replace("’", "'")
    sub = _SUBORDINATE.search(text)
    return bool(_NEGATION.search(text[:sub.start()] if sub else text))


@dataclass(frozen=True)
class Orientation:
    inverted: bool
    why: str


_OPPOSITE = {"more": "less", "less": "more", "over": "under", "under": "over", "above": "below",
             "below": "above", "higher": "lower", "lower": "higher", "before": "after", "after": "before"}


def asks_the_opposite_bound(question: str | None, conclusion: str | None) -> bool:
    """Whether the question asks about the opposite bound of the same amount the conclusion states:
    "Will my pension be more than £122.30?" against "your pension will be less than £122.30".

    >>> asks_the_opposite_bound("Will it be more than £10?", "it will be less than £10")
    True
    >>> asks_the_opposite_bound("Will it be more than £20?", "it will be less than £10")
    False
    """
    if not question or not conclusion:
        return False
    asked, stated = _bounds(question), _bounds(conclusion)
    return bool(asked) and all((_OPPOSITE[w], n) in stated and (w, n) not in stated for w, n in asked)


_BOUND = re.compile(r"\b(more|less|fewer|over|under|above|below|higher|lower|before|after)\b(?:\s+than)?\s+"
                    r"([£$€]?\d[\d,.]*)", re.I)


def _bounds(text: str) -> set[tuple[str, str]]:
    """(comparison word, amount) pairs: "fewer than 30 years" -> ("less", "30")."""
    return {("less" if w.lower() == "fewer" else w.lower(), n.rstrip(".,")) for w, n in _BOUND.findall(text)}


def orient(polarity: str | None, question: str | None, conclusion: str | None = None) -> Orientation:
    """How to read the tree's value for this conclusion polarity and user question (and, given the
    conclusion's text, whether the question asks about the opposite bound of an amount it states)."""
    negative = polarity == "negative"
    negated = bool(question) and question_is_negated(question)
    opposite = asks_the_opposite_bound(question, conclusion)
    reasons = []
    if negative:
        reasons.append("the policy's conclusion is negative")
    if negated:
        reasons.append("the question is negated")
    if opposite:
        reasons.append("the question asks about the opposite bound of the amount the conclusion states")
    inverted = (negative != negated) != opposite
    if not reasons:
        return Orientation(False, "the tree is the condition of a positive conclusion, which the question asks about")
    return Orientation(inverted, " and ".join(reasons) + (": the answer is the tree's value inverted" if inverted
                                                          else ": the two cancel"))
