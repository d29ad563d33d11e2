"""Prior answers: questions the user already answered.

An exact match (case, spacing and end punctuation ignored) always wins. Otherwise a prior
question whose all-MiniLM-L6-v2 embedding has cosine >= ``PARAPHRASE_THRESHOLD`` with the
asked question answers it (the most similar one). Two prior answers that disagree on one
question raise :class:`ConflictingAnswersError` naming both turns.

``PARAPHRASE_THRESHOLD`` = 0.90 was measured with ``pcd.eval.qa.measure_paraphrase_threshold``
(table in ``corpora/qa/README.md``): on 759 pairs of *different* questions of one ShARC-train
dialog tree (hard negatives: same topic, different condition), 12 reach 0.90 after the
lexical guards of :func:`compatible` -- 9 of them the same question spelled twice, 3 (0.4%)
really different -- while 30% of 40 hand-written paraphrases (``corpora/qa/paraphrases.tsv``)
still match. Precision is preferred: a missed paraphrase falls through to the scenario
model, a wrong match silently reuses a wrong answer.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

import numpy as np

from pcd.answering.base import Answerer, GivenTurn
from pcd.answering.registry import register_answerer
from pcd.answering.text import number_words_to_digits
from pcd.answering.types import PRIOR_TURN_ANSWERER, Answer, ConflictingAnswersError, Evidence
from pcd.datasets.sharc import normalize_question
from pcd.parsing.questions import PERSON_NOUNS
from pcd.parsing.words import content_sequence, tagged_words

__all__ = ["HistoryAnswerer", "PARAPHRASE_THRESHOLD", "normalize_history", "compatible", "implied_answer",
           "negated_answer", "conjoined_answer"]

PARAPHRASE_THRESHOLD = 0.90
SCOPED_THRESHOLD = 0.60
IMPLIED_CONFIDENCE = 0.9  # logically implied, but through a reading of the wording
SCOPE_CONFIDENCE = 0.8  # a "yes" given within this policy taken to cover the policy's own time or place scope

_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_NEG = re.compile(r"\b(not|no|never|without|none|nobody|neither|nor|cannot)\b|n't\b", re.I)
_CMP = frozenset("over under more less fewer before after least most above below older younger earlier later "
                 "exceed exceeds than within until".split())
# comparison words that mean the same thing ("fewer than 5 years" is "less than 5 years")
_CMP_SYNONYMS = {"fewer": "less", "above": "over", "below": "under", "exceeds": "exceed"}


# a document's format in brackets ("form PHAR 3 (PDF, 1.22MB, 4 pages)") says nothing about the question
_FILE_ASIDE = re.compile(r"\s*\((?:PDF|HTML|ODT|MS Word|Word|Excel|CSV)\b[^()]*\)", re.I)


def compatible(q1: str, q2: str) -> bool:
    """Guards that embeddings miss: paraphrases must share their numbers, comparison words
    (over/under, before/after, ...), negation parity and the order of capitalised names
    ("EU national living in the UK" is not "UK national living in the EU"). A bracketed file
    format ("(PDF, 1.22MB, 4 pages)") is ignored, and so is a spelled "one", which is more often a
    pronoun than a number ("… your reconsideration notice (if you have one)?")."""
    a, b = (number_words_to_digits(_FILE_ASIDE.sub("", q.replace("\u2019", "'")), minimum=2) for q in (q1, q2))
    if set(_NUM.findall(a)) != set(_NUM.findall(b)):
        return False
    if len(_NEG.findall(a)) % 2 != len(_NEG.findall(b)) % 2:
        return False
    if _comparisons(a) != _comparisons(b):
        return False
    ca = [w for w in re.findall(r"\b[A-Z][A-Za-z]*\b", a)[1:] if len(w) > 1]
    cb = [w for w in re.findall(r"\b[A-Z][A-Za-z]*\b", b)[1:] if len(w) > 1]
    if sorted(ca) == sorted(cb) and ca != cb:
        return False
    # named things (capitalised words after the first) must be the same set:
    # "Maternity Allowance" is not "Statutory Maternity Pay"
    if {w.lower() for w in ca} != {w.lower() for w in cb}:
        return False
    return True


def _same_facts(q1: str, q2: str) -> bool:
    """The lexical guards of :func:`compatible` without the named-things rule."""
    a, b = (number_words_to_digits(q.replace("\u2019", "'"), minimum=2) for q in (q1, q2))
    return (set(_NUM.findall(a)) == set(_NUM.findall(b)) and _comparisons(a) == _comparisons(b)
            and len(_NEG.findall(a)) % 2 == len(_NEG.findall(b)) % 2)


def _other_thing(q1: str, q2: str) -> bool:
    """The two questions ask the same frame of a different thing ("Do you get Housing Benefit?" / "Do you get
    Child Benefit?", "Is the vehicle a van?" / "… a motorcycle?"): what differs is a noun on both sides, one or
    two words, in the same place among shared words. A different verb ("work for" / "employed by") is wording."""
    a, b = content_sequence(q1), content_sequence(q2)
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    ma, mb = a[i:len(a) - j], b[i:len(b) - j]
    if not (1 <= len(ma) <= 2 and 1 <= len(mb) <= 2) or i + j == 0 or set(ma) & set(mb):
        return False
    from pcd.parsing.nlp import nlp

    def names(question: str, middle: list[str]) -> bool:
        return any(t.pos_ in ("NOUN", "PROPN") and content_sequence(t.text) == [w]
                   for t in nlp()(question) for w in middle)
    return names(q1, ma) and names(q2, mb)


def _comparisons(text: str) -> set[str]:
    words = set(re.findall(r"[a-z]+", text.lower())) & _CMP
    return {_CMP_SYNONYMS.get(w, w) for w in words}


# "or" that joins alternatives, not the "or more" / "or older" of a bound
_ALTERNATIVE = re.compile(r"\bor\b(?!\s+(?:more|less|over|under|older|younger|above|below|later|earlier|longer|fewer)\b)",
                          re.I)


def _qualified_run(short: list[str], long_words: list[tuple[str, bool]]) -> int | None:
    """Where the content words ``short`` occur as one run among the long question's content
    words, bounded by function words on both sides ("… Child Benefit at any time …", not the
    compound "… a car dealership"); None if they don't."""
    content = [i for i, (_, c) in enumerate(long_words) if c]
    lemmas = [long_words[i][0] for i in content]
    for at in range(len(lemmas) - len(short) + 1):
        if lemmas[at:at + len(short)] != short:
            continue
        first, last = content[at], content[at + len(short) - 1]
        if last + 1 < len(long_words) and long_words[last + 1][1]:
            continue
        if at > 0 and long_words[first - 1][1]:
            continue
        return at
    return None


def _one_of_the_listed(short: list[str], long_text: str) -> bool:
    """Whether ``short`` (content words) asks about one item of a list of alternatives in ``long_text``:
    the same words up to the list, then exactly one of its items ("live in Malta" in "live in Cyprus,
    Malta or Spain")."""
    if not _ALTERNATIVE.search(long_text) or re.search(r"\band\b", long_text, re.I):
        return False
    chunks = [content_sequence(part) for part in re.split(r",\s*(?:or\s+)?|\s+or\s+", long_text)]
    chunks = [c for c in chunks if c]
    if len(chunks) < 2:
        return False
    head = chunks[0]
    for n in range(0, len(head)):  # the words before the list: a prefix of the first chunk and of short
        prefix = head[:n]
        if short[:n] != prefix or not 1 <= len(short) - n <= 4:
            continue
        item = short[n:]
        if item == head[n:] or any(c == item for c in chunks[1:]):
            return True
    return False


_SCOPE_WORDS = frozenset("at between during in on within from since until throughout".split())


def _policy_scope_added(question: str, prior: str) -> bool:
    """Whether ``question`` is ``prior`` plus a trailing scope (a time or place phrase: "… at any time between
    6 April 2002 and 5 April 2016"). Turns answer this policy's follow-ups, so a "yes" given to the plain
    question was given within the policy's scope; HistoryAnswerer carries it (a "no" carries by logic)."""
    if _NEG.search(question) or _NEG.search(prior):
        return False
    wq, wp = tagged_words(question), tagged_words(prior)
    cq, cp = [w for w, c in wq if c], [w for w, c in wp if c]
    if len(cp) < 2 or len(cq) <= len(cp) or cq[:len(cp)] != cp:
        return False
    last = [i for i, (_, c) in enumerate(wq) if c][len(cp) - 1]
    if last + 1 >= len(wq) or wq[last + 1][0] not in _SCOPE_WORDS:
        return False
    added = " ".join(w for w, _ in wq[last + 1:])
    # a thing described ("… on a course that lasts longer than 6 months") is a further condition, not a scope;
    # "on" scopes by a date ("on 6 April 2016")
    if re.search(r"\b(?:that|which|who|whose)\b", added) or (
            wq[last + 1][0] == "on" and not re.match(r"on (?:or \w+ )?(?:the )?\d", added)):
        return False
    # alternatives the prior asked too ("caring for a sick or disabled person … at any time between …") are
    # shared; an "or" in the added scope is not
    return not _ALTERNATIVE.search(added)


def conjoined_answer(question: str, turns: Sequence[tuple[str, str]]) -> tuple[str, int] | None:
    """The answer to "A and B?" from two turns that asked A and B (same content words), with the
    index of the turn that decides it: both "yes" -> "yes" (the second), either "no" -> "no".

    >>> conjoined_answer("Are you under 15 and a passenger of a motorcycle?",
    ...                  [("Are you under 15?", "yes"), ("Are you a passenger of a motorcycle?", "yes")])
    ('yes', 1)
    """
    if _NEG.search(question) or _ALTERNATIVE.search(question.split(" and ", 1)[0]):
        return None
    halves = re.split(r"\s+and\s+", question.rstrip(" ?"), maxsplit=1)
    if len(halves) != 2:
        return None
    want = [content_sequence(h) for h in halves]
    if not all(want):
        return None
    found: list[tuple[str, int] | None] = [None, None]
    for k, (text, value) in enumerate(turns):
        if _NEG.search(text):
            continue
        content = content_sequence(text)
        for h in (0, 1):
            if content == want[h] and found[h] is None:
                found[h] = (value, k)
    if any(f is not None and f[0] == "no" for f in found):
        return next(f for f in found if f is not None and f[0] == "no")
    if all(f is not None for f in found):
        return "yes", found[1][1]
    return None


_NEGATOR = re.compile(r"\b(?:not|never|no|cannot)\b|n['’]t\b", re.I)


def negated_answer(question: str, prior: str, value: str) -> str | None:
    """The opposite of a prior answer to the same question asked the other way round: the same content
    words (the reader named as "you" or as a person word, "the veteran"), one of them negated once more.

    >>> negated_answer("Did you not apply for S-DVI because of mental incompetence?",
    ...                "Did the veteran apply for S-DVI because of mental incompetence?", "yes")
    'no'
    >>> negated_answer("Did you not apply for S-DVI?", "Did you apply for S-DVI late?", "yes")
    >>> negated_answer("Are you an employee and a worker?", "Are you an employee and not a worker?", "yes")
    """
    both = (question + " " + prior).replace("\u2019", "'")
    if len(_NEGATOR.findall(both)) % 2 == 0 or re.search(r"\b(?:and|or|nor)\b", both, re.I):
        return None  # "an employee and not a worker?" negates one half, not the whole question
    if set(_NUM.findall(question)) != set(_NUM.findall(prior)):
        return None
    asked, said = ([w for w in content_sequence(t) if w != "never"] for t in (question, prior))
    unnamed = [w for w in asked if w not in PERSON_NOUNS]  # "you" or "the veteran": the same reader
    same = (asked and asked == said) or (unnamed and unnamed == [w for w in said if w not in PERSON_NOUNS])
    return {"yes": "no", "no": "yes"}.get(value) if same else None


def implied_answer(question: str, prior: str, value: str) -> str | None:
    """What a prior answer implies about a narrower or wider question, or None.

    One question must repeat the other's content words as one run, plus more: a qualifier
    after it ("… claiming Child Benefit at any time between 2002 and 2016?") or a second
    condition joined by "and". Then, with no alternatives ("or") and no negation in either,
    the longer question implies the shorter: a "no" to the shorter is a "no" to the longer,
    a "yes" to the longer a "yes" to the shorter. When the longer one lists alternatives
    ("Is your EAD expiring or has it expired?"), the shorter implies it instead, so a "no"
    carries down; so does a "no" to a list ("Do you live in Cyprus, Malta or Spain?") to one
    of its items, and a "yes" to one item up to the list. Anything else implies nothing.

    >>> implied_answer("Are you under 15 and a passenger of a motorcycle?", "Are you a passenger of a motorcycle?", "no")
    'no'
    >>> implied_answer("Are you under 15 and a passenger of a motorcycle?", "Are you a passenger of a motorcycle?", "yes")
    >>> implied_answer("Is your partner's income over 100 pounds?", "Is your income over 100 pounds?", "no")
    """
    q, p = question.replace("\u2019", "'"), prior.replace("\u2019", "'")
    if _NEG.search(q) or _NEG.search(p):
        return None
    wq, wp = tagged_words(q), tagged_words(p)
    cq, cp = [w for w, c in wq if c], [w for w, c in wp if c]
    if len(cq) == len(cp) or not cq or not cp:
        return None
    question_is_short = len(cq) < len(cp)
    short, s_text, long_words, l_text = (cq, q, wp, p) if question_is_short else (cp, p, wq, q)
    if _one_of_the_listed(short, l_text) and not _ALTERNATIVE.search(s_text):
        # "Do you live in Malta?" is one of "Do you live in Cyprus, Malta or Spain?": the short implies the long
        if question_is_short:
            return "no" if value == "no" else None
        return "yes" if value == "yes" else None
    if len(short) < 2:
        return None
    at = _qualified_run(short, long_words)
    if at is None:
        return None
    # a run after other words is a second condition only when "and" or "or" joins them
    # ("Is your partner's income …" is not "Is your income …")
    if at > 0 and not re.search(r"\b(and|or)\b", l_text, re.I):
        return None
    if not set(_NUM.findall(s_text)) <= set(_NUM.findall(l_text)) or not _comparisons(s_text) <= _comparisons(l_text):
        return None
    if _ALTERNATIVE.search(s_text):
        return None
    alternative, conjunction = _ALTERNATIVE.search(l_text), re.search(r"\band\b", l_text, re.I)
    # "A and B or C" with the short question first reads "A and (B or C)": still A AND more
    if not alternative or (at == 0 and conjunction and conjunction.start() < alternative.start()):
        # long implies short: "no" to short -> "no" to long; "yes" to long -> "yes" to short
        if question_is_short and value == "yes":
            return "yes"
        if not question_is_short and value == "no":
            return "no"
        return None
    if conjunction:
        return None  # "B or C and A": which way it groups is not known
    # long = short or other: short implies long
    if question_is_short and value == "no":
        return "no"
    if not question_is_short and value == "yes":
        return "yes"
    return None


def normalize_history(history: Any) -> list[tuple[str, str]]:
    """[(question, "yes"|"no")] from tuples, dicts (ShARC ``follow_up_*`` keys or
    question/answer) or objects with ``.question``/``.answer``; a :class:`GivenTurn` stays one. Raises
    TypeError/ValueError."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not hasattr(history, "__iter__"):
        raise TypeError(f"history must be a sequence of (question, answer) turns, got {type(history).__name__}")
    out = []
    for i, turn in enumerate(history):
        if isinstance(turn, dict):
            q = turn.get("question", turn.get("follow_up_question"))
            a = turn.get("answer", turn.get("follow_up_answer"))
        elif isinstance(turn, (tuple, list)) and len(turn) == 2:
            q, a = turn
        elif hasattr(turn, "question") and hasattr(turn, "answer"):
            q, a = turn.question, turn.answer
        else:
            raise TypeError(f"history turn {i} must be a (question, answer) pair, got {turn!r}")
        if hasattr(q, "text"):
            q = q.text
        if not isinstance(q, str) or not q.strip():
            raise TypeError(f"history turn {i}: question must be a non-empty str, got {q!r}")
        if isinstance(a, bool):
            a = "yes" if a else "no"
        if not isinstance(a, str) or a.strip().lower() not in ("yes", "no"):
            raise ValueError(f"history turn {i}: answer must be 'yes' or 'no', got {a!r}")
        a = a.strip().lower()
        out.append(GivenTurn(q, a, turn.key) if isinstance(turn, GivenTurn) else (q, a))
    return out


def _conflict(question: str, history: list[tuple[str, str]], *sides: tuple[int, str, str]) -> ConflictingAnswersError:
    """The error for two turns that disagree, each named as the user gave it: a history turn by its index, an
    answer given by question id by its key (turn -1, "answers['q1']")."""
    def named(side: tuple[int, str, str]) -> tuple[int, str, str]:
        turn = history[side[0]]
        return (-1, turn.key, side[2]) if isinstance(turn, GivenTurn) and turn.key else side

    return ConflictingAnswersError(question, *(named(s) for s in sides))


@register_answerer(PRIOR_TURN_ANSWERER)
class HistoryAnswerer(Answerer):
    """Answers from prior turns; abstains (None) on questions the history does not cover."""

    name = PRIOR_TURN_ANSWERER

    def __init__(self, threshold: float = PARAPHRASE_THRESHOLD, paraphrase: bool = True,
                 scoped_threshold: float | None = SCOPED_THRESHOLD, implications: bool = True):
        self.threshold = threshold
        self.implications = implications
        self.paraphrase = paraphrase
        self.scoped_threshold = scoped_threshold

    @staticmethod
    def _exact_index(history: list[tuple[str, str]]) -> dict[str, tuple[int, str, str]]:
        index: dict[str, tuple[int, str, str]] = {}
        for i, (q, a) in enumerate(history):
            key = normalize_question(q)
            if key in index and index[key][2] != a:
                raise _conflict(q, history, index[key], (i, q, a))
            index.setdefault(key, (i, q, a))
        return index

    def answer_batch(self, questions: Sequence[str], scenario: str = "", history: Any = ()) -> list[Answer | None]:
        hist = normalize_history(history)
        placed = {i for i, turn in enumerate(hist) if isinstance(turn, GivenTurn)}
        out: list[Answer | None] = [None] * len(questions)
        if not hist:
            return out
        index = self._exact_index(hist)
        rest = []
        for j, q in enumerate(questions):
            hit = index.get(normalize_question(q))
            if hit is not None:
                out[j] = Answer(q, hit[2], 1.0, Evidence("history", hit[1], None, hit[0]), self.name)
            else:
                rest.append(j)
        if rest and self.paraphrase:
            from pcd.answering.embed import embed

            prior = list(index.values())
            sims = embed([questions[j] for j in rest]) @ embed([p[1] for p in prior]).T
            for r, j in enumerate(rest):
                above = [k for k in np.argsort(-sims[r])
                         if sims[r, k] >= self.threshold and compatible(questions[j], prior[k][1])]
                if not above:
                    continue
                best = prior[above[0]]
                for k in above[1:]:
                    if prior[k][2] != best[2]:
                        raise _conflict(questions[j], hist, best, prior[k])
                conf = float(min(1.0, max(0.0, sims[r, above[0]])))
                out[j] = Answer(questions[j], best[2], conf, Evidence("history", best[1], None, best[0]), self.name)
            if self.scoped_threshold is not None:
                self._scoped(questions, out, prior, rest, sims, placed)
        if self.implications:
            self._implied(questions, out, list(index.values()))
        return out

    def _implied(self, questions, out, prior) -> None:
        """Questions no turn answers outright, decided by what a turn implies about them
        (:func:`implied_answer`), or by two turns that answer its two halves (:func:`conjoined_answer`);
        turns that imply different answers leave the question open."""
        for j, q in enumerate(questions):
            if out[j] is not None:
                continue
            conf = IMPLIED_CONFIDENCE
            found = [(turn, text, v) for turn, text, value in prior
                     if (v := implied_answer(q, text, value) or negated_answer(q, text, value)) is not None]
            if not found and (both := conjoined_answer(q, [(text, value) for _, text, value in prior])):
                value, k = both
                found = [(prior[k][0], prior[k][1], value)]
            if not found:  # "… claiming Child Benefit?" asked for this policy: a "no" rules out "… at any time
                # between …" by logic, and a "yes" was given within the policy's scope
                found = [(turn, text, value) for turn, text, value in prior if _policy_scope_added(q, text)]
                conf = SCOPE_CONFIDENCE if any(v == "yes" for *_, v in found) else IMPLIED_CONFIDENCE
            if found and len({v for *_, v in found}) == 1:
                turn, text, value = found[0]
                out[j] = Answer(q, value, conf, Evidence("history", text, None, turn), self.name)

    def _scoped(self, questions, out, prior, rest, sims, placed=frozenset()) -> None:
        """Within one batch the questions are one policy's and the turns answer that policy's
        follow-ups, worded by someone else. A turn and a question that are each other's best
        match (cosine >= ``scoped_threshold``, same numbers, comparison words and negation
        parity) answer each other, whatever other wording the policy's parser chose. A :class:`GivenTurn` is
        already placed on its own question, so it takes no part."""
        used = {a.evidence.turn for a in out if a is not None} | set(placed)
        open_rows = [r for r, j in enumerate(rest) if out[j] is None]
        for r in open_rows:
            j, k = rest[r], int(np.argmax(sims[r]))
            turn, text, value = prior[k]
            if turn in used or sims[r, k] < self.scoped_threshold or int(np.argmax(sims[:, k])) != r:
                continue
            if not _same_facts(questions[j], text) or _other_thing(questions[j], text):
                continue
            used.add(turn)
            out[j] = Answer(questions[j], value, float(min(1.0, sims[r, k])), Evidence("history", text, None, turn),
                            self.name)
