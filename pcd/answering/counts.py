"""The ``counts`` answerer: how many of something the reader brought, took or borrowed, against a rule's most.

Rules cap what a reader may bring or take ("Members can bring up to two guests per visit" → "Do you bring more
than two guests per visit?", "Do you borrow more than 10 books at a time?"); a scenario says "I brought three
friends", "I borrowed 4 books". A question asking whether the reader did a verb to more / fewer / at least / up to
N things is answered from the one first-person sentence doing the same verb to a number of things ("I brought
three friends": the thing may be named in other words — friends for guests — the verb decides). Anything else —
no such sentence, two different counts, another verb ("I invited three friends" for "bring") — abstains, and the
next answerer of the chain decides. The model read "I brought three friends" as "unknown".

    >>> from pcd.answering.counts import CountAnswerer
    >>> a = CountAnswerer().answer_batch(["Do you bring more than two guests per visit?"],
    ...                                  "I'm a member and I brought three friends last Saturday.")
    >>> a[0].value, a[0].evidence.text
    ('yes', "I'm a member and I brought three friends last Saturday.")
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided, each_asked
from pcd.answering.registry import register_answerer
from pcd.answering.text import BOUND_AFTER, BOUND_BEFORE, HOLDS, number_words_to_digits, sentences
from pcd.answering.types import Answer

__all__ = ["CountAnswerer", "count_asked"]

# the verbs a cap is set on, each with the forms a scenario uses
_FORMS = {"bring": "bring|brings|brought|bringing", "take": "take|takes|took|taken|taking",
          "borrow": "borrow|borrows|borrowed|borrowing", "carry": "carry|carries|carried|carrying",
          "park": "park|parks|parked|parking", "book": "book|books|booked|booking",
          "invite": "invite|invites|invited|inviting", "have": "have|has|had|having",
          "check in": "check in|checked in|checking in", "hire": "hire|hired|hiring", "rent": "rent|rented|renting"}
_BOUND = "|".join(f"(?P<b{k}>{words})" for k, (words, _) in enumerate(BOUND_BEFORE))
_ASKED = re.compile(rf"^(?:do|did|will|would|are)\s+you\s+(?:be\s+)?(?P<verb>{'|'.join(_FORMS)})(?:ing)?\s+"
                    rf"(?:{_BOUND})\s+(?P<n>\d+)\s+(?P<what>[a-z]+)\b", re.I)
_ASKED_AFTER = re.compile(rf"^(?:do|did|will|would)\s+you\s+(?P<verb>{'|'.join(_FORMS)})\s+(?P<n>\d+)\s+"
                          rf"(?P<what>[a-z]+)\s+(?P<after>{'|'.join(w for w, _ in BOUND_AFTER)})\b", re.I)


# people counted under other names: "guests" brought are the "friends" a scenario says
_PEOPLE = frozenset("guest friend visitor person people child children kid adult member colleague relative "
                    "passenger".split())


def _kind(noun: str) -> str:
    noun = noun.lower()
    noun = noun[:-1] if noun.endswith("s") and noun[:-1] in _PEOPLE | {"bag", "book", "day", "item"} else noun
    return "people" if noun in _PEOPLE else noun.rstrip("s")


def count_asked(question: str) -> tuple[str, str, float, str] | None:
    """(verb, comparison, bound, kind of thing) for a question capping how many things the reader does a verb to,
    or None.

    >>> count_asked("Do you bring more than two guests per visit?"), count_asked("Do you bring a guest?")
    (('bring', '>', 2.0, 'people'), None)
    """
    q = number_words_to_digits(question.strip())
    m = _ASKED.match(q)
    if m is not None:
        k = next(int(name[1:]) for name, v in m.groupdict().items() if name.startswith("b") and v)
        return m.group("verb").lower(), BOUND_BEFORE[k][1], float(m.group("n")), _kind(m.group("what"))
    m = _ASKED_AFTER.match(q)
    if m is not None:
        cmp = next(c for w, c in BOUND_AFTER if re.fullmatch(w, m.group("after"), re.I))
        return m.group("verb").lower(), cmp, float(m.group("n")), _kind(m.group("what"))
    return None


def _counted(sentence: str, verb: str, kind: str) -> float | None:
    """The number of things of ``kind`` the reader did ``verb`` to, said in ``sentence`` ("I brought 3 friends")."""
    read = number_words_to_digits(sentence)
    found = {float(m.group("n")) for m in re.finditer(
        rf"\b(?:I|we)\b[^.;]{{0,30}}?\b(?:{_FORMS[verb]})\s+(?:along\s+)?(?P<n>\d+)\s+(?P<w1>[a-z]+)(?:\s+(?P<w2>[a-z]+))?",
        read, re.I) if kind in (_kind(m.group("w1")), _kind(m.group("w2") or ""))}  # "2 bags", "2 large bags"
    return found.pop() if len(found) == 1 else None


@register_answerer("counts")
class CountAnswerer(Answerer):
    """Answers how many things the reader brought, took or borrowed against a cap, from the one sentence saying it
    with the same verb; abstains otherwise."""

    name = "counts"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        return each_asked(questions, scenario, count_asked, lambda q, asked: self._answer(q, *asked, scenario))

    def _answer(self, question: str, verb: str, cmp: str, bound: float, kind: str, scenario: str) -> Answer | None:
        said = [(n, sent, span) for sent, span in sentences(scenario) if (n := _counted(sent, verb, kind)) is not None]
        if len({n for n, _, _ in said}) != 1:
            return None
        n, sent, span = said[0]
        return decided(question, HOLDS[cmp](n, bound), sent, span, self.name)
