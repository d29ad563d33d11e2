"""The ``quantities`` answerer: thresholds on hours worked, earnings, staff and the price of a thing, decided by
arithmetic.

A question that asks whether one of the reader's quantities passes a threshold ("Do you work at
least 16 hours a week?", "Do you earn more than £166 a week?", "Does your business have fewer
than 500 employees?") is answered from the one matching first-person statement in the scenario
("I work 40 hours a week", "I earn £1,200 a month", "we employ 35 people"), when both speak of
the same quantity. A company rule's bound on a thing ("Is the loan over
$50,000?", "Is the gift worth more than £50?") is read from the one amount in the same currency the
scenario attaches to that thing ("an $80,000 loan", "a gift worth £30", "the expense was £120").
Income ("I get £180 a week", a pension, benefits) answers income questions, not earnings ones; money stated over
another period is converted when the answer holds 5% either way (hours are not). Anything else — no statement,
two statements, more in the question than the threshold — abstains, and the next answerer of the chain decides.
Small models compare numbers unreliably; this is exact and cites the sentence it read.

    >>> from pcd.answering.quantities import QuantityAnswerer
    >>> a = QuantityAnswerer().answer_batch(["Do you work at least 16 hours a week?", "Are you married?"],
    ...                                     "I live in Leeds. I work 40 hours a week at a shop.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('yes', 'I work 40 hours a week at a shop.', None)
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from pcd.answering.base import Answerer, HistoryTurn, decided
from pcd.answering.registry import register_answerer
from pcd.answering.text import BOUND_AFTER, BOUND_BEFORE, HOLDS, number_words_to_digits, sentences
from pcd.answering.types import Answer

__all__ = ["QuantityAnswerer", "quantity_test", "stated_quantities"]

_NUM = r"£?\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_PERIOD = r"(?:a|per|each|every)\s+(week|month|year)"
# "I'm 70 and get £180 a week": the speaker still does it after a short "… and"
_AND = r"(?:\s+[^.;,]{1,30}?(?:\s+and|,))?"  # ("I am an employee, earn £300 a week": after a comma too)
_PERIOD_WORDS = {"weekly": "week", "monthly": "month", "annual": "year", "annually": "year", "yearly": "year"}

# first-person statements: (pattern, unit builder) — the unit names the quantity and its period
_STATED: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(rf"\bI(?:\s+am|['’]m)?\s+(?:usually\s+|normally\s+|currently\s+|only\s+)?(?:work(?:ing)?|do(?:ing)?)\s+"
                rf"(?:about\s+|around\s+)?{_NUM}\s+hours?\s+{_PERIOD}", re.I), lambda m: f"hours/{m.group(2).lower()}"),
    (re.compile(rf"\bI(?:\s+am|['’]m)?{_AND}\s+(?:currently\s+|only\s+)?"
                rf"(?:earn(?:ing)?|mak(?:e|ing)|take\s+home|get\s+paid|paid)\s+"
                rf"(?:about\s+|around\s+)?{_NUM}\s+{_PERIOD}", re.I), lambda m: f"money/{m.group(2).lower()}"),
    (re.compile(rf"\bmy\s+(weekly|monthly|annual|yearly)\s+(?:earnings|salary|pay|wage)\s+is\s+"
                rf"(?:about\s+|around\s+)?{_NUM}", re.I), lambda m: f"money/{_PERIOD_WORDS[m.group(1).lower()]}"),
    # income is more than earnings: "I get £180 a week from my pension" tells the income, not what one earns
    (re.compile(rf"\bmy\s+(weekly|monthly|annual|yearly)\s+(?:total\s+)?income\s+is\s+(?:about\s+|around\s+)?{_NUM}",
                re.I), lambda m: f"income/{_PERIOD_WORDS[m.group(1).lower()]}"),
    (re.compile(rf"\b(?:my\s+(?:total\s+)?income\s+is|I\s+have\s+an\s+income\s+of|"
                rf"I(?:\s+am|['’]m)?{_AND}\s+(?:currently\s+|only\s+)?"
                rf"(?:get(?:ting)?|receiv(?:e|ing)|liv(?:e|ing)\s+on))\s+(?:about\s+|around\s+|only\s+)?{_NUM}\s+"
                rf"{_PERIOD}", re.I), lambda m: f"income/{m.group(2).lower()}"),
    # a household's income is not one person's: "Our household income is £30,000 a year"
    (re.compile(rf"\b(?:my|our)\s+(?:total\s+)?household(?:['’]s)?\s+(?:total\s+)?income\s+is\s+(?:about\s+|around\s+)?"
                rf"{_NUM}\s+{_PERIOD}", re.I), lambda m: f"household/{m.group(2).lower()}"),
    # hours of care: "I look after my mum for about 40 hours a week"
    (re.compile(rf"\bI(?:\s+am|['’]m)?\s+(?:car(?:e|ing)\s+for|look(?:ing)?\s+after)\s+(?:[\w'’]+\s+){{0,3}}?(?:for\s+)?"
                rf"(?:about\s+|around\s+|over\s+)?{_NUM}\s+hours?\s+{_PERIOD}", re.I),
     lambda m: f"care/{m.group(2).lower()}"),
    (re.compile(rf"\b(?:my|our)\s+(?:business|company|firm|organi[sz]ation)\s+(?:has|employs)\s+{_NUM}\s+"
                r"(?:employees|staff|people|workers)\b", re.I), lambda m: "staff"),
    (re.compile(rf"\bwe\s+(?:have|employ)\s+{_NUM}\s+(?:employees|staff|people|workers)\b", re.I), lambda m: "staff"),
    # what the reader spent on one order: "I spent £80", "My order came to £150"
    (re.compile(rf"\b(?:I\s+(?:spent|paid)|(?:my|our|the)\s+(?:order|basket|bill|total|purchase)\s+(?:came\s+to|was|"
                rf"totall?ed|cost))\s+(?:about\s+|around\s+|only\s+|just\s+)?(?=[£$€]){_NUM}(?![^.;]*[£$€]\d)", re.I),
     lambda m: "spent"),  # (one amount only: "£80 on shoes and £40 on a bag" is no one order's total)
]


def _bound_test(cmp: str) -> Callable[[float], Callable[[float], bool]]:
    return lambda n: lambda v: HOLDS[cmp](v, n)


# (pattern of a bound and its number, the test it makes of a number)
_COMPARISONS: list[tuple[str, Callable[[float], Callable[[float], bool]]]] = \
    [(rf"(?:{words})\s+{_NUM}", _bound_test(cmp)) for words, cmp in BOUND_BEFORE] + \
    [(rf"{_NUM}\s+(?:{words})", _bound_test(cmp)) for words, cmp in BOUND_AFTER]
# question frames: (pattern with {cmp} for the comparison, unit builder); the period group is named "p"
_PERIOD_Q = r"(?:a|per|each|every)\s+(?P<p>week|month|year)"
_FRAMES: list[tuple[str, Callable[[re.Match], str]]] = [
    (rf"^do\s+you\s+(?:usually\s+|normally\s+)?work\s+{{cmp}}\s+hours?\s+{_PERIOD_Q}$", lambda m: f"hours/{m.group('p')}"),
    # ("an average of at least £123 a week": SSP's wording)
    (rf"^do\s+you\s+(?:earn|make|take\s+home|get\s+paid)\s+(?:an\s+average\s+of\s+|on\s+average\s+)?{{cmp}}\s+"
     rf"{_PERIOD_Q}(?:\s+on\s+average)?$", lambda m: f"money/{m.group('p')}"),
    (r"^is\s+your\s+(?P<w>weekly|monthly|annual|yearly)\s+(?:earnings|salary|pay|wage)\s+{cmp}$",
     lambda m: f"money/{_PERIOD_WORDS[m.group('w')]}"),
    (r"^is\s+your\s+(?P<w>weekly|monthly|annual|yearly)\s+income\s+{cmp}$",
     lambda m: f"income/{_PERIOD_WORDS[m.group('w')]}"),
    (rf"^is\s+your\s+income\s+{{cmp}}\s+{_PERIOD_Q}$", lambda m: f"income/{m.group('p')}"),
    (rf"^is\s+your\s+household(?:['’]s)?\s+(?:total\s+)?income\s+{{cmp}}\s+{_PERIOD_Q}$",
     lambda m: f"household/{m.group('p')}"),
    (rf"^do\s+you\s+(?:care\s+for|look\s+after)\s+(?:[a-z'’]+\s+){{{{0,3}}}}?(?:for\s+)?{{cmp}}\s+hours?\s+{_PERIOD_Q}$",
     lambda m: f"care/{m.group('p')}"),
    (r"^(?:does\s+your\s+(?:business|company|firm|organi[sz]ation)|do\s+you)\s+(?:have|employ)\s+{cmp}\s+"
     r"(?:employees|staff|people|workers)$", lambda m: "staff"),
    # "Customers who spend over £100 get free delivery" -> "Do you spend over £100?"
    (r"^do\s+you\s+spend\s+{cmp}(?:\s+on\s+(?:your\s+|the\s+|an?\s+|one\s+)?(?:order|purchase|basket))?$",
     lambda m: "spent"),
]
# a thing's amount: "Is the loan over $50,000?", "Is the gift worth more than £50?", "Does the purchase cost over
# £500?" (a currency is required: "Is the child over 16?" is an age)
_MONEY_NUM = r"([£$€])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# (in the plural too: "Are the gifts worth more than £50?")
_THING_FRAME = (r"^(?:(?:is\s+the\s+(?P<thing>[a-z-]+)|are\s+the\s+(?P<things>[a-z-]+?)s)\s+"
                r"(?:worth\s+|valued\s+at\s+)?|does\s+the\s+(?P<thing2>[a-z-]+)\s+cost\s+){cmp}$")
# every frame with every comparison, compiled once: quantity_test runs on every question of every check
_QUESTIONS: list[tuple[re.Pattern, Callable[[re.Match], str], Callable[[float], Callable[[float], bool]]]] = [
    (re.compile(frame.replace("{cmp}", cmp)), unit_of, make) for frame, unit_of in _FRAMES for cmp, make in _COMPARISONS]


_THING_QUESTIONS = [(re.compile(_THING_FRAME.replace("{cmp}", cmp.replace(_NUM, _MONEY_NUM))), make)
                    for cmp, make in _COMPARISONS]
# a bound on what a thing is worth inside a question about doing something with it: only "no" is read from the
# scenario (a gift worth £30 is no gift worth more than £50; one worth £200 may not have been accepted)
_WORTH_INSIDE = [(re.compile(r"\b[a-z-]+\s+(?:worth|valued\s+at|costing)\s+" + cmp.replace(_NUM, _MONEY_NUM)), make)
                 for cmp, make in _COMPARISONS]
_WORTH_SAID = re.compile(r"\b(?:worth|valued\s+at|costing|that\s+cost|which\s+cost)\s+(?:about\s+|around\s+)?"
                         + _MONEY_NUM, re.I)


# weights, in kilograms: "Does hand luggage weigh more than 7kg?" <- "My bag weighs 9kg" (the one weight said)
_KG = {"kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0, "g": 0.001,
       "grams": 0.001, "gram": 0.001}
_WEIGHT_UNIT = r"(?P<unit>kgs?|kilos?|kilograms?|grams?|g)\b"
# (any bound of _COMPARISONS, with a decimal number: "less than 0.5 kg")
_WEIGHT_QUESTIONS = [(re.compile(r"^(?:does|do|is|are)\s+(?:the\s+|your\s+)?[a-z -]{2,40}?\s+(?:weigh|weighs)\s+"
                                 + cmp.replace(_NUM, r"(\d+(?:\.\d+)?)") + r"\s*" + _WEIGHT_UNIT + "$"), make)
                     for cmp, make in _COMPARISONS]
_WEIGHT_SAID = re.compile(r"\b(?:weigh(?:s|ed|ing)?\s+(?:about\s+|around\s+|nearly\s+|just\s+)?)?"
                          r"(?P<n>\d+(?:\.\d+)?)\s*" + _WEIGHT_UNIT, re.I)


def _weights(scenario: str) -> list[tuple[float, str, tuple[int, int]]]:
    """Every weight the scenario states, in kilograms, with its sentence."""
    return [(float(m.group("n")) * _KG[m.group("unit").lower()], sent, span) for sent, span in sentences(scenario)
            for m in _WEIGHT_SAID.finditer(sent)]


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def quantity_test(question: str) -> tuple[str, Callable[[float], bool]] | None:
    """(unit, test) for a threshold question on a known quantity, else None.

    >>> unit, test = quantity_test("Do you work at least 16 hours a week?")
    >>> unit, test(16), test(15.5), quantity_test("Do you work for a charity?")
    ('hours/week', True, False, None)
    """
    body = re.sub(r"\s+", " ", number_words_to_digits(question.replace("’", "'")).strip().lower()).rstrip(" ?")
    # "16 hours or more a week" reads as "16 or more hours a week"
    body = re.sub(r"(\d[\d,]*)\s+(hours?|employees|staff|people|workers)\s+or\s+(more|less|fewer)", r"\1 or \3 \2", body)
    for pattern, unit_of, make in _QUESTIONS:
        m = pattern.match(body)
        if m:
            number = next(g for g in m.groups() if g and re.fullmatch(r"[\d,]+", g))
            return unit_of(m), make(_number(number))
    for pattern, make in _WEIGHT_QUESTIONS if "weigh" in body else ():  # "Does hand luggage weigh more than 7kg?"
        m = pattern.match(body)
        if m:
            number = next(g for g in m.groups() if g and re.fullmatch(r"\d+(?:\.\d+)?", g))
            return "weight", make(float(number) * _KG[m.group("unit")])
    for pattern, make in _THING_QUESTIONS:
        m = pattern.match(body)
        if m:
            currency = next(g for g in m.groups() if g in ("£", "$", "€"))
            number = next(g for g in m.groups() if g and re.fullmatch(r"[\d,]+", g))
            thing = m.group("thing") or m.group("things") or m.group("thing2")
            return f"price/{currency}/{thing}", make(_number(number))
    for pattern, make in _WORTH_INSIDE:  # "Do you accept gifts worth more than £50 from suppliers?"
        m = pattern.search(body)
        if m:
            currency = next(g for g in m.groups() if g in ("£", "$", "€"))
            number = next(g for g in m.groups() if g and re.fullmatch(r"[\d,]+", g))
            return f"worth/{currency}", make(_number(number))
    return None


# the verbs that price a thing without naming it
_PRICED_BY_VERB = {"expense": "claimed|spent|paid", "claim": "claimed",
                   "purchase": "bought\\s+(?:\\w+\\s+){1,3}for|spent|paid", "loan": "borrowed|lent|loaned",
                   "payment": "paid", "refund": "refunded",
                   # "A supplier gave me a watch worth £200": what was given is the gift
                   "gift": r"(?:gave|given|gifted|sent|offered)\s+(?:me|us|him|her|them)\s+(?:an?\s+|some\s+)?"
                           r"(?:[\w'-]+\s+){0,3}?(?:worth|valued\s+at|costing)"}


def _priced(scenario: str, currency: str, thing: str) -> list[tuple[float, str, tuple[int, int]]]:
    """The amounts in ``currency`` the scenario attaches to ``thing`` (or its plural): "an $80,000 loan", "a loan of
    $80,000", "a gift worth £30", "the expense was £120", "a purchase costing €600", and for some things the verb
    that prices them ("I claimed £150" an expense, "we borrowed $80,000" a loan).

    >>> _priced("We approved an $80,000 loan. The fee was $500.", "$", "loan")[0][0]
    80000.0
    """
    c, noun = re.escape(currency), rf"{re.escape(thing)}(?:s|es)?"
    amount = rf"{c}(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s*(k|thousand|million)\b)?"
    patterns = [rf"{amount}[\s-]+(?:[a-z-]+\s+)?{noun}\b",
                rf"\b{noun}\s+(?:of|for|worth|valued\s+at|costing|totall?ing|(?:which\s+|that\s+)?(?:was|is|were|are|"
                rf"cost|costs|came\s+to)(?:\s+worth)?)\s+(?:about\s+|around\s+|only\s+)?{amount}"]
    verbs = _PRICED_BY_VERB.get(thing)
    by_verb = rf"\b(?:{verbs})\s+(?:about\s+|around\s+|only\s+)?{amount}" if verbs else None
    scale = {"k": 1e3, "thousand": 1e3, "million": 1e6}
    found = []
    for sent, span in sentences(scenario):
        # "I claimed £150 for a client dinner" prices the expense, but not where the sentence has other amounts
        # ("I claimed £50 for a taxi and £150 for a hotel": which is the expense?)
        alone = by_verb is not None and len(re.findall(rf"{c}\d", sent)) == 1
        for pattern in patterns + ([by_verb] if alone else []):
            for m in re.finditer(pattern, sent, re.I):
                value = _number(m.group(1)) * scale.get((m.group(2) or "").lower(), 1)
                if (value, sent, span) not in found:
                    found.append((value, sent, span))
    return found


def stated_quantities(scenario: str) -> dict[str, list[tuple[float, str, tuple[int, int]]]]:
    """Every first-person quantity statement, by unit: unit -> [(value, sentence, span)].

    >>> stated_quantities("I earn £1,200 a month. We employ 35 people.")["money/month"][0][0]
    1200.0
    """
    found: dict[str, list[tuple[float, str, tuple[int, int]]]] = {}
    for sent, span in sentences(scenario):
        read = number_words_to_digits(sent, minimum=10)  # "I work thirty hours a week"
        for pattern, unit_of in _STATED:
            for m in pattern.finditer(read):
                value = _number(next(g for g in m.groups() if g and re.fullmatch(r"[\d,]+", g)))
                entry = (value, sent, span)
                if entry not in found.setdefault(unit_of(m), []):
                    found[unit_of(m)].append(entry)
    return found


@register_answerer("quantities")
class QuantityAnswerer(Answerer):
    """Answers threshold questions on hours, earnings and staff from one first-person statement, and on a thing's
    price from the one amount the scenario gives it; abstains on everything else."""

    name = "quantities"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        tests = [quantity_test(q) for q in questions]
        stated = stated_quantities(scenario) if scenario and any(tests) else {}
        out: list[Answer | None] = []
        for q, t in zip(questions, tests):
            if t is not None and t[0].startswith("price/"):
                _, currency, thing = t[0].split("/", 2)
                facts = _priced(scenario, currency, thing)
            elif t is not None and t[0] == "weight":
                facts = _weights(scenario)
            elif t is not None and t[0].startswith("worth/"):
                facts = [(_number(m.group(2)), sent, span) for sent, span in sentences(scenario)
                         for m in _WORTH_SAID.finditer(sent) if m.group(1) == t[0][-1]]
                if len({v for v, _, _ in facts}) == 1 and t[1](facts[0][0]):
                    facts = []  # worth more: whether it was taken is not said here
            else:
                facts = _in_period(t[0], stated, t[1]) if t else []
            if t is None or len({v for v, _, _ in facts}) != 1:  # none, or two different values: not ours
                out.append(None)
                continue
            value, sent, span = facts[0]
            out.append(decided(q, t[1](value), sent, span, self.name))
        return out


_PER_YEAR = {"week": 52, "month": 12, "year": 1}
# what a statement of each kind tells: earnings are income too ("I earn £180 a week" answers "Is your weekly income
# below £201?"), but income is not earnings (a pension, benefits)
_READS = {"income": ("income", "money"), "money": ("money",), "household": ("household",)}


def _in_period(unit: str, stated: dict[str, list[tuple[float, str, tuple[int, int]]]],
               test: Callable[[float], bool]) -> list[tuple[float, str, tuple[int, int]]]:
    """The statements that answer ``unit`` ("income/week"), their values in its period. Money stated over another
    period is converted ("I earn £30,000 a year" is about £577 a week) only when none is over the asked one, and
    only when the answer holds 5% either way (weeks in a month and a year are not whole). Hours are not: "60 hours
    a month" may be 30 one week and 10 the next, and a weekly hours rule asks about the weeks.

    >>> stated = stated_quantities("I earn £30,000 a year.")
    >>> [round(v) for v, _, _ in _in_period("money/week", stated, lambda v: v > 166)]
    [577]
    >>> _in_period("money/week", stated, lambda v: v > 570)
    []
    """
    kind, _, period = unit.partition("/")
    if kind not in _READS:
        return stated.get(unit, [])
    same = [f for k in _READS[kind] for f in stated.get(f"{k}/{period}", [])]
    if same:
        return same
    converted = [(v * _PER_YEAR[p] / _PER_YEAR[period], sent, span)
                 for k in _READS[kind] for p in _PER_YEAR if p != period
                 for v, sent, span in stated.get(f"{k}/{p}", [])]
    return [f for f in converted if test(f[0] * 0.95) == test(f[0] * 1.05)]
