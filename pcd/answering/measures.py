"""The ``measures`` answerer: a percentage or a temperature against a rule's bound, by arithmetic.

Rules bound rates and temperatures ("Students must attend at least 80% of lectures", "Food must be stored below
5°C"); a scenario states one ("I went to 70% of my lectures", "The fridge was at 8°C all weekend"). A question
with one bound on one such measure ("Do you attend at least 80% of lectures?", "Is food stored below 5°C?") is
answered from the one value in that unit the scenario states, in a sentence about the same thing: one of the
question's words (or its stem: "attendance" for "attend"), or for a stored or kept temperature a fridge or freezer.
Two values, none, or none about the thing abstain, and the next answerer of the chain decides. The model read "I
went to 70% of my lectures" as "yes" (0.96) and "The fridge thermometer read 3°C" as "no".

    >>> from pcd.answering.measures import MeasureAnswerer
    >>> a = MeasureAnswerer().answer_batch(["Do you attend at least 80% of lectures?", "Is food stored below 5°C?"],
    ...                                    "I went to 70% of my lectures.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'I went to 70% of my lectures.', None)
"""

from __future__ import annotations

import re
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import BOUND_AFTER, BOUND_BEFORE, HOLDS, STOPWORDS, _stem, sentences
from pcd.answering.types import Answer

__all__ = ["MeasureAnswerer", "measure_asked"]

_NUM = r"(?P<n>[-−]?\d+(?:\.\d+)?)"
_UNIT = r"\s*(?P<unit>%|per\s*cent|percent|°\s*[CF]|degrees?\s+(?:celsius|centigrade|fahrenheit|[CF]\b))"
_BEFORE = [(re.compile(rf"\b(?:{words})\s+{_NUM}{_UNIT}", re.I), cmp) for words, cmp in BOUND_BEFORE] + \
    [(re.compile(rf"\b(?:colder|cooler|lower)\s+than\s+{_NUM}{_UNIT}", re.I), "<"),
     (re.compile(rf"\b(?:hotter|warmer|higher)\s+than\s+{_NUM}{_UNIT}", re.I), ">")]
_AFTER = [(re.compile(rf"{_NUM}{_UNIT}\s+(?:{words})\b", re.I), cmp) for words, cmp in BOUND_AFTER] + \
    [(re.compile(rf"{_NUM}{_UNIT}\s+or\s+(?:colder|cooler|lower|below)\b", re.I), "<="),
     (re.compile(rf"{_NUM}{_UNIT}\s+or\s+(?:hotter|warmer|higher|above)\b", re.I), ">=")]
_VALUE = re.compile(rf"(?<![\w.]){_NUM}{_UNIT}", re.I)
# what a stored temperature is read from when the sentence does not repeat the question's words
_COLD_STORE = re.compile(r"\b(?:fridges?|freezers?|refrigerators?|chillers?|cold\s+(?:store|room)s?)\b", re.I)


def _kind(unit: str) -> str:
    unit = unit.lower().replace(" ", "")
    if unit.startswith(("%", "per")):
        return "%"
    return "F" if unit.endswith(("f", "fahrenheit")) else "C"


def _value(m: re.Match) -> float:
    return float(m.group("n").replace("−", "-"))


def measure_asked(question: str) -> tuple[str, float, str, set[str]] | None:
    """(comparison, bound, unit "%" / "C" / "F", the question's word stems) for a question bounding one percentage
    or temperature, else None.

    >>> measure_asked("Is food stored below 5°C?")[:3], measure_asked("Are you over 65?")
    (('<', 5.0, 'C'), None)
    """
    found = [(m, cmp) for pattern, cmp in _BEFORE + _AFTER for m in pattern.finditer(question)]
    spans = {m.span("n") for m, _ in found}
    if len(spans) != 1 or len(_VALUE.findall(question)) != 1:
        return None
    m, cmp = found[0]
    words = {_stem(w) for w in re.findall(r"[a-z]+", question.lower()[:m.start()] + " " + question.lower()[m.end():])
             if w not in STOPWORDS and len(w) > 2 and w not in ("least", "most", "below", "above", "colder", "warmer")}
    return cmp, _value(m), _kind(m.group("unit")), words


def _about(sentence: str, words: set[str], unit: str, question: str) -> bool:
    low = sentence.lower()
    if any(re.search(rf"\b{re.escape(w)}", low) for w in words):
        return True
    return unit != "%" and re.search(r"\b(?:stored|kept|keep|store|chilled)\b", question, re.I) is not None and \
        _COLD_STORE.search(sentence) is not None


@register_answerer("measures")
class MeasureAnswerer(Answerer):
    """Answers a bound on a percentage or a temperature from the one such value the scenario states about the same
    thing; abstains otherwise."""

    name = "measures"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        out: list[Answer | None] = []
        for q in questions:
            asked = measure_asked(q) if scenario and ("%" in q or "°" in q or "per" in q or "degree" in q) else None
            if asked is None:
                out.append(None)
                continue
            cmp, bound, unit, words = asked
            said = [(_value(m), sent, span) for sent, span in sentences(scenario) for m in _VALUE.finditer(sent)
                    if _kind(m.group("unit")) == unit]
            if len({v for v, _, _ in said}) != 1 or not _about(said[0][1], words, unit, q):
                out.append(None)
                continue
            value, sent, span = said[0]
            out.append(decided(q, HOLDS[cmp](value, bound), sent, span, self.name))
        return out
