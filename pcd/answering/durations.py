"""The ``durations`` answerer: how long something lasted, or how far ahead it was done, against a rule's limit.

A question that bounds a length of time ("Is your flight delayed by more than 3 hours?", "Do you have at least 26
weeks of continuous service?", "Do you cancel at least 48 hours before your appointment?", "Do you give at least one
month's written notice before moving out?", a deadline: "Are requests … answered within one month?") is answered
from the one scenario sentence that gives the same event a length ("My flight was delayed 5 hours", "I have worked
here for a year", "I started 2 months ago", "I cancelled the day before", "We replied after six weeks"), converting
units (minutes to years). The event is the same when the sentence names every name the question holds ("the UK")
and most (three in five) of its other words, each itself or by a verb for it (service ~ worked, joined; notice ~
told, emailed; answered ~ replied; absent ~ missed). It abstains, and the next answerer of the chain decides, on
anything else: no such sentence or two, someone else's time ("My son missed 12 days" against "Are you absent …?"),
"after" against "before", a length too close to the limit to tell across units ("4 weeks" against "one month"),
and times since an event ("… ago", "since", "in the last …", the ``elapsed`` answerer's questions). Where the
question asks for more than the length ("written notice", "paid leave") and the sentence does not say it, only a
"no" is given.

    >>> from pcd.answering.durations import DurationAnswerer
    >>> a = DurationAnswerer().answer_batch(["Is your flight delayed by more than 3 hours?", "Are you married?"],
    ...                                     "My flight was delayed 5 hours. We missed the wedding.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('yes', 'My flight was delayed 5 hours.', None)
"""

from __future__ import annotations

import re
from datetime import date
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, agreed, decided
from pcd.answering.places import load_places
from pcd.answering.registry import register_answerer
from pcd.answering.text import (BOUND_AFTER, BOUND_BEFORE, DAY_MONTH, HOLDS, STOPWORDS, UNIT_DAYS, _stem,
                                 month_day, number_words_to_digits, sentences)
from pcd.answering.types import Answer

__all__ = ["DurationAnswerer", "duration_test", "stated_durations"]

_HOURS = {"minute": 1 / 60, "hour": 1.0, **{unit: 24 * days for unit, days in UNIT_DAYS.items()}}
_UNIT = r"(?P<unit>minute|hour|day|week|month|year)s?"
_N = r"(?P<n>\d+(?:\.\d+)?)"
# the bound before the length ("more than 3 hours"; "(answered) within one month": a duty's deadline is a length at
# most that) or after it ("3 hours or more")
_BOUND_BEFORE = BOUND_BEFORE + [(r"within", "<=")]
# (a length in a row is still a length: "more than 3 consecutive days"; not "working days", which count otherwise)
_IN_A_ROW = r"(?:(?:consecutive|continuous|full|whole|clear)\s+)?"
_Q_LENGTH = [(re.compile(rf"\b(?:{words})\s+{_N}\s+{_IN_A_ROW}{_UNIT}(?:['’]s?)?(?![\w-])"), cmp)
             for words, cmp in _BOUND_BEFORE] + \
    [(re.compile(rf"(?<!least )(?<!than )(?<!minimum of )\b{_N}\s+{_UNIT}['’]s?\s+(?:written\s+|prior\s+|advance\s+)?notice\b"),
      ">=")] + \
            [(re.compile(rf"\b{_N}\s+{_UNIT}\s+(?:{words})\b"), cmp) for words, cmp in BOUND_AFTER]
# what makes a bounded time something other than a length: an age, a rate ("16 hours a week"), a time since or
# within an event (the ``elapsed`` answerer's), a window ("in the last 2 years"), alternatives
_NOT_A_LENGTH = re.compile(r"\b(?:ago|since|old|aged?|(?:in|during|over)\s+the\s+(?:last|past)|every|"
                           # (not two states of one thing: "lost or stolen laptops")
                           r"or\s+(?!more\b|longer\b|less\b|fewer\b|shorter\b|(?:stolen|lost|damaged|broken|"
                           r"missing|faulty)\b))\b|\b(?:minute|hour|day|week|month|year)s?\s+(?:a|an|per|each)\s+"
                           r"(?:day|week|month|year)\b")
# words of a question that name no event: the length's own words and what any requirement says
_GENERIC = STOPWORDS | {"least", "most", "longer", "shorter", "fewer", "period", "time", "total", "full", "whole", "row",
                        "continuous", "consecutive", "continuously", "before", "after", "late", "early", "advance",
                        "minimum", "maximum", "excess", "exceeding", "minute", "hour", "day", "week", "month", "year",
                        "minutes", "hours", "days", "weeks", "months", "years", "get", "give", "take", "make", "need", "here"}
# a question word → verbs a sentence may give the same event with (stems of the question's words, regex of the
# sentence's): "continuous service" is "I have worked here", notice is "I told …"
_EVENT_VERBS = [(r"servic|employ|work|job", r"work(?:ed|ing)?|employed|hired|join(?:ed)?|start(?:ed)?|job"),
                (r"answer|respon|repl|acknowledg", r"answer(?:ed)?|respon(?:d|ded|se)|repl(?:y|ied)|acknowledg(?:e|ed)|"
                                                   r"got\s+back"), (r"notic", r"told|tell|notif(?:y|ied)|inform(?:ed)?|email(?:ed)?|wr(?:ote|itten)|warn(?:ed)?|"
                           r"gave|given|noti(?:ce|fied)|sen[dt]|letter"),
                (r"delay", r"late|delay(?:ed)?"), (r"leav", r"leave|off|away|absent|holiday"), (r"ill$|sick", r"ill|sick|off\s+sick|unwell"), (r"absen", r"miss(?:ed)?|off|away|absent|absence"),
                (r"resid|liv", r"li(?:ve|ved|ving)|resident|moved|been here"), (r"marri", r"married"),
                # a record deleted after 3 years was kept 3 years
                (r"kept|keep|retain|stor", r"kept|keep|retain(?:ed)?|stor(?:e|ed)|delete[ds]?|destroy(?:ed|s)?|"
                                         r"dispose[ds]?\s+of|shred(?:ded|s)?"), (r"cancel", r"cancel(?:l?ed)?"),
                # a report is made by telling, emailing or calling
                (r"report", r"report(?:ed)?|told|tell|notif(?:y|ied)|inform(?:ed)?|email(?:ed)?|call(?:ed)?|rang|phoned"),
                # a request is asked for, submitted, applied for or booked
                (r"request|submit|appl", r"ask(?:ed)?|request(?:ed)?|submit(?:ted)?|appl(?:y|ied)|book(?:ed)?|claim(?:ed)?"),
                # a thing not yet returned has been kept: "I have had the book for a month" (see _KEPT)
                (r"return", r"return(?:ed)?|had|kept|keep|borrowed|rented|hired")]
# what was had or kept for a length and not said returned was not returned within a shorter time; whether it will be
# within a longer one is not known yet
_KEPT = re.compile(r"\b(?:had|kept|keep|borrowed|rented|hired)\b", re.I)
# a start counted from now: "I started 2 months ago" has worked 2 months
_STARTED = re.compile(r"\b(?:start(?:ed)?|join(?:ed)?|began|begun|hired|moved|married|became|took up)\b", re.I)
# requirements beyond the length (question word, sentence words): the sentence must say them too before a "yes"
_REQUIREMENTS = [(r"\bwrit", r"\bwrit|\bletter"), (r"\bsign", r"\bsign"), (r"\bpaid\b", r"\bpaid\b"),
                 (r"\bunpaid\b", r"\bunpaid\b"), (r"\bapprov", r"\bapprov"), (r"\bcertif", r"\bcertif")]
_THIRD_PERSON = re.compile(r"^\s*(?:(?:my|our|his|her|their)\s+(?P<who>[a-z]+)|he|she|they)\b", re.I)

# lengths a scenario gives: "5 hours", "a year", "two weeks", "a 5-hour delay", "a year and a half", "the day before"
_S_LENGTH = re.compile(rf"\b(?P<n>\d+(?:\.\d+)?|an?)[\s-]+{_UNIT}(?P<half>\s+and\s+a\s+half)?(?![\w-])", re.I)
_S_FIXED = [(re.compile(r"\bthe\s+(?:day|night|evening)\s+before\b", re.I), 24.0),
            (re.compile(r"\b(?:the\s+)?(?:next|following)\s+day\b", re.I), 24.0),
            (re.compile(r"\bthe\s+week\s+before\b", re.I), 168.0), (re.compile(r"\ba\s+fortnight\b", re.I), 336.0),
            (re.compile(r"\bhalf\s+an\s+hour\b", re.I), 0.5), (re.compile(r"\bthe\s+same\s+day\b", re.I), 0.0)]


def duration_test(question: str) -> tuple[str, float, str, set[str]] | None:
    """(comparison, limit in hours, unit asked in, event word stems) for a question that bounds a length of time,
    else None.

    >>> cmp, hours, unit, words = duration_test("Do you have at least 26 weeks of continuous service?")
    >>> cmp, hours, unit, sorted(words)
    ('>=', 4368.0, 'week', ['service'])
    >>> duration_test("Has it been more than 30 days since purchase?"), duration_test("Are you over 65?")
    (None, None)
    """
    body = number_words_to_digits(re.sub(r"\s+", " ", question.strip().lower()).replace("’", "'")).rstrip(" ?")
    if _NOT_A_LENGTH.search(body):
        return None
    body = re.sub(r"\b(?:a|an|one)\b (?=(?:minute|hour|day|week|month|year)s?\b)", "1 ", body)
    found = [(m, cmp) for pattern, cmp in _Q_LENGTH for m in pattern.finditer(body)]
    if len(found) != 1:
        return None
    m, cmp = found[0]
    unit = m.group("unit")
    # the event's words; what follows "before" or "after" is only the time it is counted from ("… before your
    # appointment": "I cancelled three days before" need not name it)
    # (and "… within 24 hours of discovering it": what the time runs from)
    after = re.sub(r"^\s*of\b.*$", "", body[m.end():]) if cmp == "<=" and "within" in m.group(0) else body[m.end():]
    rest = re.sub(r"\b(?:before|after|prior to|in advance of)\b.*$", "", body[:m.start()] + " " + after)
    words = {_stem(w) for w in re.findall(r"[a-z]+", rest)
             if w not in _GENERIC and len(w) >= 2 and not any(re.match(q, w) for q, _ in _REQUIREMENTS)}
    if m.group(0).endswith("notice"):  # "30 days' notice": the notice is the event
        words.add("notice")
    return cmp, float(m.group("n")) * _HOURS[unit], unit, words


def stated_durations(sentence: str, ahead: bool = False, between_days: bool = False) -> list[tuple[float, str]]:
    """The lengths of time a sentence gives, in hours, each with its unit; a time "ago" counts only after a start
    ("I started 2 months ago"), ages and rates not at all. With ``ahead``, only how far ahead something was done
    ("two weeks before my holiday", not the "10 days off" asked for). With ``between_days``, the days between two
    weekdays, for a deadline ("stolen on Friday and I told IT on Monday": three days).

    >>> stated_durations("My flight was delayed five hours."), stated_durations("I started 2 years ago.")
    ([(5.0, 'hour')], [(17532.0, 'year')])
    >>> stated_durations("I am 40 years old and work 30 hours a week."), stated_durations("I cancelled the day before.")
    ([], [(24.0, 'day')])
    """
    read = number_words_to_digits(sentence)
    fixed = [(m.span(), hours, "before" in m.group(0).lower()) for pattern, hours in _S_FIXED
             for m in pattern.finditer(read)]
    found: list[tuple[float, str]] = [(hours, "day" if hours >= 24 else "hour") for _, hours, before in fixed
                                      if before or not ahead]
    for m in _S_LENGTH.finditer(read):
        if any(s <= m.start() < e for (s, e), _, _ in fixed):
            continue  # "half an hour" is not also "an hour"
        before, after = read[max(0, m.start() - 12):m.start()].lower(), read[m.end():m.end() + 24].lower()
        if re.search(r"(?:minute|hour|day|week|month|year|once|twice|times|per|every|each)s?\s+$|[£$€]?\d[\d,.]*\s+$",
                     before):
            continue  # the period of a rate: "30 hours a week", "twice a month", "£300 a week"
        if re.match(r"\s*(?:-|\s)?(?:old|of age)\b|\s+(?:a|an|per|each)\s+(?:day|week|month|year)\b", after):
            continue
        if re.match(r"\s+ago\b", after) and not _STARTED.search(read[:m.start()]):
            continue  # "I bought it 3 days ago" is a time since, the ``elapsed`` answerer's
        if ahead and not re.match(r"\s+(?:before|in\s+advance|ahead|earlier|prior)\b", after):
            continue
        n = 1.0 if m.group("n").lower() in ("a", "an") else float(m.group("n"))
        unit = m.group("unit").lower()
        found.append(((n + (0.5 if m.group("half") else 0.0)) * _HOURS[unit], unit))
    days = _weekdays(read)
    if len(days) == 2 and between_days:
        found.append((((days[1] - days[0]) % 7) * 24.0, "day"))
    dates = [_day_of_year(m) for m in _DAY_MONTH.finditer(read)]
    if len(dates) == 2 and between_days and None not in dates:
        # "bought on 1 October and claimed on 20 November": the days between, the second after the first
        found.append((((dates[1] - dates[0]) % 365) * 24.0, "day"))
    return found


def _day_of_year(m: re.Match) -> int | None:
    """The day of a (non-leap) year a "1 October" / "October 1st" match names, or None for no such day."""
    month, day = month_day(m)
    try:
        return (date(2025, month, day) - date(2025, 1, 1)).days
    except ValueError:
        return None


# at once, asked ("… report it to security immediately?") or said ("I told security straight away")
_AT_ONCE = re.compile(r"\b(?:immediately|straight\s+away|right\s+away|at\s+once|without\s+delay|promptly)\b", re.I)
# a day or more between: "two days later", "the next day", "a week after"
_LATER = re.compile(r"\b(?:(?:\d+|a|an)\s+(?:day|week|month)s?\s+(?:later|after)|the\s+(?:next|following)\s+"
                    r"(?:day|morning|week)|days\s+later)\b", re.I)
_WORKING_DAYS = re.compile(r"\bwithin\s+(?P<n>\d+)\s+(?:working|business)\s+days?\b", re.I)
_DAY_MONTH = re.compile(rf"\b{DAY_MONTH}\b", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ON_WEEKDAY = re.compile(r"\bon\s+(?:the\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s)", re.I)


def _weekdays(sentence: str) -> list[int]:
    """The weekdays a sentence names with "on", in order (Monday 0): "complained on Monday and we replied on Friday"."""
    return [_WEEKDAYS.index(d.lower()) for d in _ON_WEEKDAY.findall(sentence)]


def _same_event(words: set[str], sentence: str, names: set[str] = frozenset()) -> bool:
    """Whether the sentence speaks of the question's event: of every name it holds ("the UK", or a place in it:
    Cardiff for Wales) and of most of its other words (three in five), each itself or by a verb for it ("answered" ~
    "replied"). ``names`` are lower-cased, not stemmed."""
    low = sentence.lower()

    def said(w: str) -> bool:
        return re.search(rf"\b{re.escape(w)}", low) is not None or any(
            re.match(q, w) and re.search(rf"\b(?:{s})\b", low) for q, s in _EVENT_VERBS)

    named = {_stem(n) for n in names}
    if not words or not all(said(stem) or _place_within(n, sentence) for n, stem in zip(names, map(_stem, names))):
        return False
    return sum(w in named or said(w) for w in words) >= 0.6 * len(words)


def _place_within(name: str, sentence: str) -> bool:
    """Whether the sentence names a place the place table puts in ``name`` ("Cardiff" for "wales")."""
    places = load_places()
    outer = places.names.get(name)
    return outer is not None and any(places.contains(outer, places.names[m.group(0).lower()])
                                     for m in places.pattern.finditer(sentence))


def _whose(words: set[str], sentence: str) -> bool:
    """Whether the sentence speaks of the reader or of the question's thing, not of someone else."""
    m = _THIRD_PERSON.match(sentence)
    if m is None:
        return True
    return m.group("who") is not None and _stem(m.group("who").lower()) in words


@register_answerer("durations")
class DurationAnswerer(Answerer):
    """Answers questions bounding a length of time (a delay, service, notice, an absence) from the one sentence
    giving that event a length; abstains on everything else."""

    name = "durations"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        out: list[Answer | None] = []
        for q in questions:
            test = duration_test(q) if scenario else None
            if test is None and scenario and (working := _WORKING_DAYS.search(q)) is not None:
                out.append(self._working_days(q, int(working.group("n")), scenario))
                continue
            if test is None and scenario and _AT_ONCE.search(q):
                out.append(self._at_once(q, scenario))
                continue
            out.append(self._answer(q, test, scenario) if test is not None else None)
        return out

    def _at_once(self, question: str, scenario: str) -> Answer | None:
        """A duty done at once ("Do you report it to security immediately?"): "yes" from a sentence of the same event
        saying so ("told security straight away"), "no" from one putting a day or more between ("lost my badge on
        Tuesday and told security on Thursday", "… two days later")."""
        test = duration_test(_AT_ONCE.sub("within 1 day", question))
        if test is None:
            return None
        readings = []
        for sent, span in sentences(scenario):
            if not _same_event(test[3], sent) or not _whose(test[3], sent):
                continue
            days = _weekdays(sent)
            later = len(days) == 2 and days[0] != days[1] or _LATER.search(number_words_to_digits(sent))
            readings.append((False if later else True if _AT_ONCE.search(sent) else None, sent, span))
        return agreed(question, readings, self.name)

    def _working_days(self, question: str, limit: int, scenario: str) -> Answer | None:
        """A deadline in working days ("Are complaints acknowledged within 2 working days?"), from the one sentence
        of the same event naming two weekdays ("complained on Monday and we replied on Friday": 4 working days)."""
        test = duration_test(_WORKING_DAYS.sub(lambda m: f"within {m.group('n')} days", question))
        if test is None:
            return None
        facts = []
        for sent, span in sentences(scenario):
            days = _weekdays(sent)
            if len(days) == 2 and _same_event(test[3], sent) and _whose(test[3], sent):
                gap = (days[1] - days[0]) % 7
                facts.append((sum((days[0] + k) % 7 < 5 for k in range(1, gap + 1)), sent, span))
        if len(facts) != 1:
            return None
        working, sent, span = facts[0]
        return decided(question, working <= limit, sent, span, self.name)

    def _answer(self, question: str, test: tuple[str, float, str, set[str]], scenario: str) -> Answer | None:
        cmp, limit, asked_unit, words = test
        low_q = question.lower()
        # the question's names ("the UK", "Tesco") must all be in the sentence
        names = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]*\b", " ".join(question.split()[1:]))}
        facts = []
        for sent, span in sentences(scenario):
            low = sent.lower()
            if not _same_event(words, sent, names) or not _whose(words, sent):
                continue
            if ("before" in low_q and re.search(r"\bafter\b", low)) or ("after" in low_q and "before" in low):
                continue
            found = stated_durations(sent, between_days="within" in low_q)
            if len(found) > 1:  # "10 days off two weeks before": how long, and how far ahead
                ahead = stated_durations(sent, ahead=True)
                if re.search(r"\b(?:in advance|before|ahead|prior)\b", low_q):
                    found = ahead
                else:
                    found = [f for f in found if f not in ahead]
            facts += [(hours, unit, sent, span) for hours, unit in found]
        if len(facts) != 1:
            return None
        hours, unit, sent, span = facts[0]
        if unit != asked_unit and abs(hours - limit) <= 0.1 * limit:
            return None  # "4 weeks" against "one month": too close to tell across units
        holds = HOLDS[cmp](hours, limit)
        if "return" in low_q and _KEPT.search(sent) and not re.search(r"\breturn", sent, re.I) and (
                holds or cmp not in ("<", "<=")):
            return None  # kept for 10 days: it may yet be returned within 3 weeks
        if holds and any(re.search(q, low_q) and not re.search(s, sent.lower()) for q, s in _REQUIREMENTS):
            return None  # long enough, but was the notice written?
        return decided(question, holds, sent, span, self.name)
