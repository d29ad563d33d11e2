"""Sentence splitting with character spans and a cheap lexical overlap used for evidence."""

from __future__ import annotations

import calendar
import operator
import re

# month names and numbers ("january" -> 1), and a day of a month with its year unsaid or after it: "1 October",
# "1st of October", "October 1st" (groups d1/m1 or m2/d2; read with month_day)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NAMES = "|".join(MONTHS)
DAY_MONTH = (rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH_NAMES})|(?P<m2>{MONTH_NAMES})\s+"
             rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)")


def month_day(m: re.Match) -> tuple[int, int]:
    """(month, day) of a :data:`DAY_MONTH` match.

    >>> month_day(re.search(DAY_MONTH, "on 1st of October", re.I)), month_day(re.search(DAY_MONTH, "May 3", re.I))
    ((10, 1), (5, 3))
    """
    return MONTHS[(m.group("m1") or m.group("m2")).lower()], int(m.group("d1") or m.group("d2"))


_SENT = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)")  # a decimal point ends no sentence: "0.4 kg", "£3.50"
# the words of a bound before its number ("more than 3 hours", "at least £123"), after it ("16 or more"), and what
# each means; shared by the answerers that compare numbers (quantities, durations)
BOUND_BEFORE = [(r"(?<!no\s)(?<!not\s)(?:more|longer)\s+than|over|above|in\s+excess\s+of|exceeding", ">"),
                (r"at\s+least|a\s+minimum\s+of", ">="),
                (r"no\s+(?:more|longer)\s+than|not\s+more\s+than|up\s+to|at\s+most|a\s+maximum\s+of", "<="),
                (r"(?:less|fewer|shorter)\s+than|under|below", "<")]
BOUND_AFTER = [(r"or\s+(?:more|longer)", ">="), (r"or\s+(?:less|fewer|shorter)", "<=")]
HOLDS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}
# days in a unit of time (a month and a year on average), for the answerers that compare times
UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z0-9£$%]+")
STOPWORDS = frozenset(
    "a an the and or of to in on for at by with from is are am was were be been being do does did "
    "have has had you your i my me we our it its this that these those there their they he she his "
    "her will would can could should shall may might must not no yes any some as if so than then "
    "into about over under more less".split()
)


def sentences(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Sentences of ``text`` with (start, end) spans; ``text[start:end]`` is the sentence."""
    out = []
    for m in _SENT.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((text[s:e], (s, e)))
    return out


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS}


def best_sentence(question: str, scenario: str) -> tuple[str, tuple[int, int]] | None:
    """The scenario sentence sharing the most content words with the question (stop words
    removed, crude stemming, length-normalised; sentences with numbers preferred for
    questions with numbers; first on ties). Lexical, so it costs nothing next to the model."""
    sents = sentences(scenario)
    if not sents:
        return None
    q = content_words(question)
    q_num = bool(_DIGIT.search(question))
    best, best_score = sents[0], -1.0
    for sent in sents:
        w = content_words(sent[0])
        score = len(q & w) / (len(w) ** 0.5 + 1e-9) if w else 0.0
        if q_num and _DIGIT.search(sent[0]):
            score += 0.5  # numeric questions ("over 65?") are decided by sentences with numbers
        if score > best_score:
            best, best_score = sent, score
    return best


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = re.compile(r"\b(?:(" + "|".join(_TENS) + r")(?:[- ](" + "|".join(_UNITS[1:10]) + r"))?|("
                          + "|".join(_UNITS) + r"))\b", re.I)


def number_words_to_digits(text: str, minimum: int = 0) -> str:
    """Spelled numbers up to ninety-nine as digits, so thresholds compare: "twenty-one years" -> "21 years".
    ``minimum`` leaves smaller ones as words: in a scenario "I'm one of them" states no age.

    >>> number_words_to_digits("Are you twenty-one years of age or older?")
    'Are you 21 years of age or older?'
    >>> number_words_to_digits("I'm one of three sisters and I am sixty-seven.", minimum=10)
    "I'm one of three sisters and I am 67."
    """
    def value(m: re.Match) -> str:
        if m.group(3):
            n = _UNITS.index(m.group(3).lower())
        else:
            n = 10 * (_TENS.index(m.group(1).lower()) + 2) + (_UNITS.index(m.group(2).lower()) if m.group(2) else 0)
        return str(n) if n >= minimum else m.group(0)

    return _NUMBER_WORD.sub(value, text)
