"""The ``consent`` answerer: whether someone's consent, permission or authorization was given, read from what the
scenario says was done with or without it.

A question that asks whether a consent was had or given ("Do you have the landlord's written consent?", "Did the
individual sign an authorization for this use or disclosure?", "Did the data subject give explicit consent for
this processing?", "Does your manager approve?", "Is the processing based on the data subject's consent?") is
answered:

- "no" from a sentence that says it was done without it, never asked for, refused, withdrawn or not given ("…
  emailed the results to her employer without her authorization", "I never asked the landlord", "she refused
  consent");
- "yes" from a sentence that says it was given, with no negation in it ("with the patient's written consent", "my
  landlord agreed in writing", "she signed an authorization form"); a question that asks for written or signed
  consent needs the sentence to say so ("said it was fine" alone abstains).

An objection is the other side of a consent ("Does the patient object?", "Did the individual object to being listed
in the directory?"): "yes" from one said in so many words or plainly ("objected", "asked them not to", "refused
consent"), "no" from "had no objection" or a consent given ("the patient had said that was fine"); not having been
asked is neither, and abstains. Whether the person is unable to agree or object ("Is the patient unable to
object?") is "yes" from a state that allows neither ("while he was unconscious", "sedated") and "no" where they
agreed or objected.

The consenter the question names (the landlord, your manager) must be named in the sentence, unless it is the
person the information is about ("the individual", "the patient", "the data subject"), whom a narrative calls by
name or pronoun. Sentences that disagree, or none, abstain, and the next answerer of the chain decides: the
scenario model read "I never asked the landlord" as unknown and "without her authorization" as yes.

    >>> from pcd.answering.consent import ConsentAnswerer
    >>> a = ConsentAnswerer().answer_batch(["Do you have the landlord's written consent?", "Do you keep pets?"],
    ...                                    "I have a dog but never asked the landlord.")
    >>> a[0].value, a[0].evidence.text, a[1]
    ('no', 'I have a dog but never asked the landlord.', None)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from pcd.answering.base import Answerer, HistoryTurn, sentences_agree
from pcd.answering.registry import register_answerer
from pcd.answering.types import Answer

__all__ = ["ConsentAnswerer", "ConsentAsked", "consent_asked", "consent_in", "objection_asked", "objection_in",
           "unable_asked", "unable_in"]

_NOUN = r"(?:consent|permission|authori[sz]ation|approval|agreement|go-ahead)"
_QUALIFIER = r"(?:a|an|the|any|their|his|her|your|its|my|our|prior|valid|written|explicit|express|signed|proper|full)"
_OWNER = r"[a-z-]+(?: [a-z-]+){0,2}['’]s"  # "the landlord's", "your line manager's", "the data subject's"
# the person the information is about: a narrative names them, or says "she", "he", "they"
_SUBJECTS = {"individual", "patient", "data subject", "subject", "person", "customer", "member", "employee", "user",
             "client", "resident", "tenant"}
_SUBJECT_WORDS = r"(?:she|he|they|her|his|their|him|them|(?:the\s+)?(?:patients?|individuals?|person|people|" \
                 r"customers?|clients?|users?|members?|employees?|data\s+subjects?|woman|man|child|parents?))"
# a question about the consent itself rather than whether it was given: its form, its end, its waiver
_NOT_WHETHER = re.compile(r"\b(?:waiver|waive|combined|expired?|expiration|revoked?|withdr[ae]wn?|withdraw|contains?|"
                          r"state|depend|verify|record|show|chance|object|separate|conditional|false|incomplete|"
                          r"easily|restrict|exceed|consistent|limited|only)\b")

_ASKED = [
    # "Do you have the landlord's written consent?", "Did the individual sign an authorization for …?"
    re.compile(rf"^(?:do|does|did|have|has)\s+(?P<who>.+?)\s+(?:have|has|had|get|got|obtain(?:ed)?|give|gave|"
               rf"given|sign(?:ed)?|receive[d]?|provide[d]?)\s+(?P<whose>{_OWNER}\s+)?(?P<quals>(?:{_QUALIFIER}\s+)*)"
               rf"(?:[a-z-]+\s+){{0,2}}?{_NOUN}\b(?:\s+(?:of|from)\s+(?P<of>[a-z -]+?))?(?:\s+(?:for|to)\b.*)?$"),
    # "Did the individual agree to the disclosure?", "Does your manager approve?"
    re.compile(r"^(?:do|does|did|has|have)\s+(?P<who>.+?)\s+(?:explicitly\s+)?(?P<quals>)(?:agree|consent|approve|"
               r"authori[sz]e|agreed|consented|approved|authori[sz]ed)\b(?:\s+(?:to|for|with)\b.*)?$"),
    # "Is the processing based on the data subject's consent?", "Is the disclosure made under the individual's
    # written authorization?"
    re.compile(rf"^is\s+(?:the|this)\s+[a-z -]+?\s+(?:based\s+on|made\s+under|made\s+with|done\s+with)\s+"
               rf"(?P<whose>{_OWNER}\s+)?(?P<quals>(?:{_QUALIFIER}\s+)*){_NOUN}(?:\s+of\s+(?P<of>[a-z -]+?))?$"),
]


@dataclass(frozen=True)
class ConsentAsked:
    """What a consent question asks: whose consent ("you" for the reader's own, None for the person the information is
    about, else the named party) and whether it must be written."""

    consenter: str | None
    written: bool


def consent_asked(question: str) -> ConsentAsked | None:
    """What ``question`` asks about a consent, or None when it asks anything else. The consenter is who must
    consent: a named party, "you" (the reader's own), or None (the person the information is about).

    >>> consent_asked("Do you have the landlord's written consent?")
    ConsentAsked(consenter='landlord', written=True)
    >>> consent_asked("Did the individual agree to the disclosure?"), consent_asked("Had the individual revoked it?")
    (ConsentAsked(consenter=None, written=False), None)
    """
    body = re.sub(r"\s+", " ", question.strip().lower().replace("’", "'")).rstrip(" ?")
    if _NOT_WHETHER.search(body):
        return None
    for pattern in _ASKED:
        m = pattern.match(body)
        if m is None:
            continue
        groups = m.groupdict()
        named = groups.get("whose") or groups.get("of") or groups["who"]
        who = re.sub(r"^(?:the|your|a|an|their|his|her)\s+|'s\s*$", "", (named or "").strip()).strip()
        # "Did you agree to the terms?", "Have you given us explicit consent?": the reader's own, said with "I"
        consenter = None if not who or who in _SUBJECTS else who
        written = bool(re.search(r"\b(?:written|signed)\b", groups.get("quals") or "")) or " sign" in body
        return ConsentAsked(consenter, written)
    return None


# the words before a consent: "her", "the patient's written", "any prior"
_BEFORE = rf"(?:(?:{_QUALIFIER}|[a-z-]+['’]s)\s+){{0,3}}"
_NEG = re.compile(rf"\bwithout\s+{_BEFORE}(?:[a-z-]+\s+)?(?:{_NOUN}|asking|"
                  rf"checking|telling|first\s+(?:asking|checking|getting|obtaining|seeking))\b"
                  rf"|(?:\bnever|\bnot|n['’]t|\bno\s+one)\s+(?:\w+\s+){{0,2}}?(?:asked|ask|sought|seek|agreed|agree|"
                  rf"consented|consent|approved|approve|authori[sz]ed|authori[sz]e)\b"
                  # (what was not got must be the consent: "I didn't get a receipt but my manager approved it")
                  rf"|(?:\bnever|\bnot|n['’]t)\s+(?:\w+\s+){{0,2}}?(?:obtained|obtain|given|give|gave|signed|sign|got|"
                  rf"get|received|receive)\s+{_BEFORE}(?:[a-z-]+\s+)?{_NOUN}\b"
                  rf"|\b(?:refused|declined|denied|withheld|withdrew|revoked|rejected)\s+{_BEFORE}"
                  rf"(?:{_NOUN}|it|the\s+request)\b"
                  rf"|\bsaid\s+no\b|\bno\s+(?:(?:{_QUALIFIER})\s+){{0,2}}{_NOUN}\b|\bunauthori[sz]ed\b"
                  # one who does not know of it has not agreed to it: "my landlord doesn't know"
                  rf"|(?:doesn['’]t|does\s+not|don['’]t|do\s+not|didn['’]t|did\s+not)\s+know\b(?!\s+(?:if|whether|"
                  rf"how|what|why|when|where|who))", re.I)
# a consent named as given ("with the patient's written consent", "she signed an authorization form")
_GIVEN = re.compile(rf"\b(?:with|on\s+the\s+basis\s+of|based\s+on)\s+{_BEFORE}{_NOUN}\b"
                    rf"|\b(?:gave|given|granted|provided|signed|obtained|got|received)\s+{_BEFORE}(?:[a-z-]+\s+)?"
                    rf"{_NOUN}\b", re.I)
# a named consenter's yes ("my landlord agreed", "my manager said it was fine"): anyone's "agreed" or "approved"
# in a narrative ("a newly approved medication", "Dr Smith agreed to do so") is not the patient's consent
_SAID_FINE = r"said\s+(?:yes|(?:it|that|this)\s+was\s+(?:fine|ok|okay|alright|all\s+right))\b"
_SAID_YES = re.compile(rf"\b(?:agreed|consented|approved|authori[sz]ed|signed\s+off)\b|\b{_SAID_FINE}|"
                       rf"\b(?:said|told\s+me)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may)\b", re.I)
# a parent or guardian is named as family names them: "my mum signed the consent form"
_KIN = dict.fromkeys(("parent", "guardian"), r"parent|guardian|mum|mom|mother|dad|father|stepmother|stepfather")
_SUBJECT_SAID_YES = re.compile(rf"\b{_SUBJECT_WORDS}\s+(?:had\s+|has\s+)?{_SAID_FINE}", re.I)
# a sentence about what may or must be done states a rule, not what happened ("… could disclose Jane's PHI
# without her written authorization", "she is authorized to disclose it without his consent")
_RULE = re.compile(r"\b(?:can|could|may|might|cannot|would|should|must|shall|allows?|allowed|permits?|permitted|"
                   r"prohibits?|prohibited|requires?|required|authori[sz]ed\s+to|able\s+to|unable|request(?:ed|s)?\s+"
                   r"that)\b|can['’]t", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|without|refused|declined|denied|withdrew|revoked)\b|n['’]t\b", re.I)
_WRITTEN = re.compile(r"\b(?:written|in\s+writing|signed|sign|email(?:ed)?|letter|form)\b", re.I)


def _names(low: str, asked: ConsentAsked) -> bool:
    """Whether a lower-cased sentence names the one whose consent is asked: the reader ("I", "we"), the named party
    (a parent as family names them), or the person the information is about."""
    if asked.consenter == "you":
        return re.search(r"\b(?:i|my|me|we|our|us)\b", low) is not None
    if asked.consenter is not None:
        head = asked.consenter.split()[-1]
        return re.search(rf"\b(?:{_KIN.get(head, re.escape(head))})s?\b", low) is not None
    return re.search(rf"\b{_SUBJECT_WORDS}\b|\bwithout\b", low) is not None


# a permission reported as given is no rule: "My manager agreed that I can work from home"
_REPORTED = re.compile(r"\b(?:agreed|said|confirmed|approved|accepted)\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may|might)\b")


def consent_in(sentence: str, asked: ConsentAsked) -> bool | None:
    """What ``sentence`` says of the consent ``asked`` about: False (done without it, refused, never asked), True
    (given, with nothing negated), None (nothing, or not of that consenter).

    >>> asked = ConsentAsked("landlord", written=True)
    >>> consent_in("My landlord agreed in writing.", asked), consent_in("My landlord said it was fine.", asked)
    (True, None)
    >>> consent_in("The clinic shared her results without her authorization.", ConsentAsked(None, written=True))
    False
    """
    low = sentence.lower()
    if _RULE.search(_REPORTED.sub("agreed", low)) or not _names(low, asked):
        return None
    if _NEG.search(low):
        return False
    # the person the information is about said yes in so many words ("after the patient said it was fine"); their
    # "agreed" alone may be to something else (treatment, a study)
    given = _GIVEN.search(low) or (asked.consenter is not None and _SAID_YES.search(low)) or (
        asked.consenter is None and _SUBJECT_SAID_YES.search(low))
    if given and not _NEGATION.search(low):
        return True if not asked.written or _WRITTEN.search(low) else None
    return None


# "Does the patient object?", "Did the individual object to the disclosure?", "Has the data subject objected?"
_OBJECTION_ASKED = re.compile(r"^(?:do|does|did|has|have)\s+(?P<who>.+?)\s+(?:object|objected)\b(?:\s+to\b.*)?$")
_NOT_OBJECTED = re.compile(r"\b(?:no|without(?:\s+any)?)\s+objections?\b|(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?object(?:ed)?\b",
                           re.I)
# an objection in so many words, or its plain forms: "asked them not to", "told the nurse not to", "said no"
_OBJECTED = re.compile(rf"\bobject(?:ed|s|ing)?\b|\b(?:asked|told|begged)\s+(?:\w+\s+){{0,3}}?not\s+to\b|\bsaid\s+no\b|"
                       rf"\b(?:refused|declined|withheld|withdrew|revoked)\s+{_BEFORE}{_NOUN}|"
                       rf"\b(?:didn['’]t|did\s+not)\s+want\b", re.I)


def objection_asked(question: str) -> ConsentAsked | None:
    """Whose objection ``question`` asks about (as :func:`consent_asked` names a consenter), or None.

    >>> objection_asked("Does the patient object?"), objection_asked("Did your landlord object to the pet?")
    (ConsentAsked(consenter=None, written=False), ConsentAsked(consenter='landlord', written=False))
    """
    body = re.sub(r"\s+", " ", question.strip().lower().replace("’", "'")).rstrip(" ?")
    m = _OBJECTION_ASKED.match(body)
    if m is None:
        return None
    who = re.sub(r"^(?:the|your|a|an|their|his|her)\s+", "", m.group("who")).strip()
    return ConsentAsked(None if who in _SUBJECTS else who, written=False)


def objection_in(sentence: str, asked: ConsentAsked) -> bool | None:
    """What ``sentence`` says of an objection: True (objected, asked them not to, refused), False (agreed, said it
    was fine, had no objection), None (nothing). Not having been asked is neither.

    >>> asked = ConsentAsked(None, written=False)
    >>> objection_in("The patient had said that was fine.", asked), objection_in("She asked them not to.", asked)
    (False, True)
    >>> objection_in("They told her daughter without asking her.", asked) is None
    True
    """
    low = sentence.lower()
    if _RULE.search(low) or not _names(low, asked):
        return None
    if _NOT_OBJECTED.search(low):
        return False
    if _OBJECTED.search(low):
        return True
    return False if consent_in(sentence, replace(asked, written=False)) is True else None


# "Is the patient unable to object?", "Is the individual incapable of giving consent?"
# (the HIPAA pack: "Could the individual not be asked because of incapacity or emergency treatment?", "Was the
# individual absent, incapacitated or in an emergency so that they could not be asked?")
_UNABLE_ASKED = re.compile(r"^(?:(?:is|was|are|were)\s+(?P<who>.+?)\s+(?:unable\s+to|not\s+able\s+to|incapable\s+of)\s+"
                           r"(?:object|agree|consent|giving\s+consent|agreeing|objecting)\b|could\s+(?P<who2>.+?)\s+not\s+"
                           r"be\s+asked\s+because\s+of\s+incapacity|was\s+(?P<who3>.+?)\s+absent,\s+incapacitated\s+or\s+in\s+"
                           r"an\s+emergency\b)")
# a state in which no one can agree or object
_INCAPABLE = re.compile(r"\b(?:unconscious|in\s+a\s+coma|comatose|sedated|incapacitated|anaesthetised|anesthetized|"
                        r"under\s+(?:general\s+)?an(?:a)?esthetic|lacks?\s+(?:mental\s+)?capacity|unresponsive)\b", re.I)


def unable_asked(question: str) -> ConsentAsked | None:
    """Whose inability to agree or object ``question`` asks about, or None.

    >>> unable_asked("Is the patient unable to object?")
    ConsentAsked(consenter=None, written=False)
    """
    m = _UNABLE_ASKED.match(re.sub(r"\s+", " ", question.strip().lower()))
    if m is None:
        return None
    who = re.sub(r"^(?:the|your|a|an|their|his|her)\s+", "", m.group("who") or m.group("who2") or m.group("who3"))
    return ConsentAsked(None if who.strip() in _SUBJECTS else who.strip(), written=False)


def unable_in(sentence: str, asked: ConsentAsked) -> bool | None:
    """True where ``sentence`` puts the person in a state where they cannot agree or object ("while he was
    unconscious"), False where they agreed or objected (they could), None otherwise."""
    low = sentence.lower()
    if _RULE.search(low) or not _names(low, asked):
        return None
    if _INCAPABLE.search(low):
        return True
    return False if objection_in(sentence, asked) is not None else None


@register_answerer("consent")
class ConsentAnswerer(Answerer):
    """Answers whether a consent, permission or authorization was had or given from the sentences that say it was
    given or not; abstains when none does or they disagree."""

    name = "consent"

    def answer_batch(self, questions: Sequence[str], scenario: str,
                     history: Sequence[HistoryTurn] = ()) -> list[Answer | None]:
        # none, or sentences that disagree: not ours
        return sentences_agree(questions, scenario, _which, lambda sent, pair: pair[0](sent, pair[1]), self.name)


# what a question asks about a consent, and the reader of sentences for it: a consent, an objection, an inability
_READERS = ((consent_asked, consent_in), (objection_asked, objection_in), (unable_asked, unable_in))


def _which(question: str):
    """(reader, what was asked) for the first kind of consent question ``question`` is, or None."""
    return next(((read, asked) for ask, read in _READERS if (asked := ask(question)) is not None), None)
