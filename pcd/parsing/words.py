"""Content words of a question or clause: the bag compared by alignment (``pcd eval trees``),
question focus and the lm backend's citations.

Lower-cased ``[a-z0-9]+`` runs (curly quotes folded, contractions split off), minus
:data:`STOPWORDS`, each reduced by :func:`lemma`.

    >>> sorted(content_words("Are you receiving Carer's Allowance?"))
    ['allowance', 'carer', 'receiv']
    >>> sorted(content_words("Are you a U.S. citizen?")) == sorted(content_words("Are you a US citizen?"))
    True
"""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS = frozenset("""
a an the this that these those it its it's you your yours yourself i me my we our they them their he she his her
is are was were be been being am do does did done have has had having will would shall should can could may might
must to of in on at for from by with as about into over than then so and or nor but if not no any some all
what which who whom whose when where why how there here also just only still yet ever
""".split())
_WORD = re.compile(r"[a-z0-9]+")


def lemma(word: str) -> str:
    """Crude, symmetric suffix lemmatiser used for alignment (not a linguistic claim)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    return word


def tagged_words(text: str) -> list[tuple[str, bool]]:
    """Every word in order, lemmatised, with whether it is a content word (not in :data:`STOPWORDS`).

    >>> tagged_words("Are you claiming benefits?")
    [('are', False), ('you', False), ('claim', True), ('benefit', True)]
    """
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'(s|re|ve|ll|d|m)\b", " ", text).replace("n't", " not")
    text = re.sub(r"\b([a-z])\.([a-z])\.", r"\1\2", text)  # "U.S." is "US"
    return [(lemma(w), w not in STOPWORDS) for w in _WORD.findall(text)]


def content_sequence(text: str) -> list[str]:
    """The content words of :func:`tagged_words`, in order.

    >>> content_sequence("Are you claiming benefits?")
    ['claim', 'benefit']
    """
    return [w for w, content in tagged_words(text) if content]


def content_words(text: str) -> Counter:
    return Counter(content_sequence(text))


def content_f1(a: str, b: str) -> float:
    """F1 of the content-word bags of two texts: how much of the same thing they speak of.

    >>> round(content_f1("Are you receiving Carer's Allowance?", "Do you get Carer's Allowance?"), 2)
    0.67
    """
    ca, cb = content_words(a), content_words(b)
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(ca.values()), common / sum(cb.values())
    return 2 * p * r / (p + r)
