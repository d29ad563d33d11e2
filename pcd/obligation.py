"""A duty's fulfilment, for a scenario checked with no question of the user's.

A parsed tree is the condition under which its conclusion holds (ShARC's reading, which a user's question such as
"Do I need to complete PCI training?" asks about). When the conclusion is a duty of the reader ("Staff who handle
payment card data must complete PCI training every year"), a scenario checked on its own asks something else:
whether it complies. It does when the duty does not bind the reader or is done, so the check reads
OR(NOT(condition), "Do you complete PCI training every year?") — and for "must not …", OR(NOT(condition),
NOT("Do you …?")) — instead of the condition alone, which called a card handler who never trained compliant.

    >>> from pcd.policy import parse_policy
    >>> p = with_obligation(parse_policy("Staff who handle payment card data must complete PCI training every year."))
    >>> p.linear, p.questions[-1].text
    ('OR(NOT(q1), q2)', 'Do you complete PCI training every year?')
    >>> p.conclusion.text, p.conclusion.polarity
    ('the duty is met: Staff who handle payment card data must complete PCI training every year', 'positive')
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import trees
from trees import And, Not, Or, Question

from .parsing.questions import PARTIES, PERSON_NOUNS, usable_question, write_question
from .policy import Conclusion, Policy

__all__ = ["with_obligation", "duty_question", "duty_questions"]

# "<who> must (not) <do>", "<who> shall (not) <do>", "<who> has to / needs to / is required to <do>": the modal, its
# negation (of "must" and "shall" only: "you don't have to pay" exempts, it bans nothing) and the duty
_DUTY = re.compile(r"^(?P<who>.{0,120}?)\b(?:(?:must|shall)(?P<neg>\s+not|n['’]t)?|(?:have|has|need|needs)\s+to|"
                   r"(?:is|are)\s+required\s+to|(?P<need>need|needs)(?=\s+(?:an?|the|their|your|his|her|written|"
                   r"signed|parental|prior|explicit|express|valid|[a-z-]+['’]s)\s))\s+(?P<duty>\w[^.;:]*?)\s*[.;]?\s*$",
                   re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:do|does|did|will|would)\s*(?:not|n['’]t)\s*$|\b(?:don|doesn|didn|won)['’]t\s*$|"
                             r"\bnot\s*$", re.I)


@lru_cache(maxsize=1024)  # checked once per policy, not once per scenario: writing the question runs spaCy
def duty_question(conclusion: Conclusion) -> tuple[str, bool] | None:
    """The question whether the one ``conclusion`` binds does what it binds them to, and whether it is a ban ("must
    not"): the reader ("Do you complete PCI training every year?"), a thing ("Is the CCTV footage deleted after 30
    days?") or another party, whose broken duty breaks the rule as much ("The landlord must return the deposit …" ->
    "Does the landlord return the deposit within 10 days?"); None when it names no one it can ask about."""
    m = _DUTY.match(conclusion.text)
    if m is None or _NEGATED_BEFORE.search(m.group("who")):
        return None
    if not _binds_the_reader(m.group("who")):
        if m.group("need"):
            return None
        party = _party_bound(m.group("who"))
        thing = None if party else _thing_bound(m.group("who"))
        if party is None and thing is None:
            return None
        # "Any CCTV footage must be deleted after 30 days unless …" -> "Is the CCTV footage deleted after 30 days?"
        question, negated = write_question(f"{party or thing} must {m.group('duty')}", party or "it")
        if negated or not usable_question(question):
            return None
        return question, m.group("neg") is not None
    # "you complete …": not "complete" read as an adjective; what one needs one must have ("Children under 16 need
    # a parent's consent" -> "Do you have a parent's consent?")
    question, negated = write_question(("you have " if m.group("need") else "you ") + m.group("duty"), "you")
    if negated or not usable_question(question):
        return None
    return question, m.group("neg") is not None


# a second duty joined to the first with its own modal: "must use the VPN and must not let family members use …"
_NEXT_DUTY = re.compile(r"\s*,?\s+(?:and|but)\s+(?:(?:you|they)\s+)?(?P<modal>must|shall)(?P<neg>\s+not|n['’]t)?\s+", re.I)


def duty_questions(conclusion: Conclusion) -> tuple[tuple[str, bool], ...]:
    """Every duty ``conclusion`` binds the reader to, each as :func:`duty_question` writes it: duties joined with
    their own modal ("must use the company VPN and must not let family members use their work laptop") are
    separate questions, one a ban; () when any of them cannot be asked.

    >>> duty_questions(Conclusion("Staff must wear a badge and must not prop fire doors open", "negative"))
    (('Do you wear a badge?', False), ('Do you prop fire doors open?', True))
    """
    m = _DUTY.match(conclusion.text)
    cuts = list(_NEXT_DUTY.finditer(conclusion.text, m.start("duty"))) if m and not m.group("need") else []
    if not cuts:
        one = duty_question(conclusion)
        return (one,) if one else ()
    duty_at = m.start("duty")
    head = conclusion.text[:duty_at]  # "<who> must (not) "
    who = m.group("who")
    pieces = [head + conclusion.text[duty_at:cuts[0].start()]]
    for k, cut in enumerate(cuts):
        end = cuts[k + 1].start() if k + 1 < len(cuts) else len(conclusion.text)
        pieces.append(f"{who}{cut.group('modal')}{cut.group('neg') or ''} {conclusion.text[cut.end():end]}")
    out = tuple(duty_question(replace(conclusion, text=piece.strip())) for piece in pieces)
    return out if all(out) else ()


def _binds_the_reader(who: str) -> bool:
    """Whether the words before the modal name the reader: "you", or people a rule is for ("Staff who …",
    "Employees on probation", "Anyone who …"), not "the landlord" or "your employer"."""
    words = re.findall(r"[A-Za-z’'-]+", who.lower())
    if not words:
        return False
    # ("we" is the reader in a policy written by those it binds: "We must delete personal data when …")
    if words[0] in ("you", "you'll", "you’ll", "you'd", "you’d", "anyone", "everyone", "staff", "personnel", "we"):
        return True
    if words[0] in ("all", "any", "every", "each") and len(words) > 1:  # "all staff", not "any gift"
        words = words[1:]
    return words[0] in PERSON_NOUNS and words[0] not in ("those", "he", "she", "they", "you", "someone")


def _party_bound(who: str) -> str | None:
    """The party the words before the modal name, as a question names it ("The landlord", "your employer",
    "Controllers" -> "the controller"), or None for anything else.

    >>> _party_bound("Controllers "), _party_bound("your employer "), _party_bound("Any gift ")
    ('the controller', 'your employer', None)
    """
    words = [w.lower() for w in re.findall(r"[A-Za-z’'-]+", who)]
    if not 1 <= len(words) <= 4:
        return None
    head = words[-1]
    single = head[:-1] if head.endswith("s") and head[:-1] in PARTIES else head
    if single not in PARTIES:
        return None
    if len(words) == 1:  # "Controllers must …"
        return "the " + single
    first, middle = words[0], words[1:-1]
    if first in ("all", "any", "every", "each", "the", "a", "an"):
        return " ".join(["the", *middle, single])
    return " ".join(["your", *middle, single]) if first == "your" else None


def _thing_bound(who: str) -> str | None:
    """The thing the words before the modal name ("Any CCTV footage" -> "the CCTV footage", "Laptops"), or None for
    people and parties ("the landlord", "your employer": see :func:`_party_bound`) and for anything else."""
    # the thing itself, not its bound ("Leave requests of more than 5 days" -> "leave requests"; the tree asks the
    # bound)
    who = re.split(r"(?i)\s(?:of\s+(?:more|less|over|under|at\s+least)|over|under|above|below|worth|that|which|"
                   r"exceeding|with)\b", who, maxsplit=1)[0]
    words = re.findall(r"[A-Za-z’'-]+", who)
    if not 1 <= len(words) <= 6 or any(w.lower() in PERSON_NOUNS or w.lower() in PARTIES or
                                       w.lower().rstrip("s") in PARTIES for w in words):
        return None
    if words[0].lower() in ("any", "every", "each"):
        words = ["the"] + words[1:]
    elif words[0][:1].isupper() and words[0][1:2].islower():
        words[0] = words[0].lower()
    if words[0].lower() in ("it", "this", "that", "they", "there", "he", "she", "we", "i", "you"):
        return None
    return " ".join(words)


def with_obligation(policy: Policy) -> Policy | None:
    """``policy`` with its tree made the condition of compliance with the duty its conclusion states, or None when
    the conclusion states no duty of the reader, the policy is a reviewed pack's (its tree already says what
    complies), or the duty is already one of its questions."""
    conclusion = policy.conclusion
    if policy.tree is None or conclusion is None or policy.backend == "pack":
        return None
    duties = duty_questions(conclusion)
    if not duties or any(q.text == text for q in policy.questions for text, _ in duties):
        return None
    if re.match(r"(?i)\s*we\b", conclusion.text) and re.search(r"(?i)\byou(?:r|rs)?\b", policy.text):
        return None  # "If you ask, we must reply within 30 days": "we" is the other party where the reader is "you"
    m = _DUTY.match(conclusion.text)  # (it matched: there are duties)
    duty_at = conclusion.start + m.start("duty") if conclusion.start is not None else None
    if not _binds_the_reader(m.group("who")) and duty_at is not None and any(
            q.citation is not None and conclusion.start <= q.citation.start and duty_at < q.citation.end <= conclusion.end
            for q in policy.questions):
        # "Expenses over £50 must have a receipt": a thing's duty the tree already asks (not its bound: "Leave
        # requests of more than 5 days must be submitted …" asks the bound, the duty is still to check)
        return None
    ids = {q.id for q in policy.questions}
    citation = None
    if conclusion.clause_id is not None and conclusion.start is not None:
        citation = trees.Citation(policy.policy_id, conclusion.clause_id, conclusion.start, conclusion.end,
                                  policy.text[conclusion.start:conclusion.end])
    done, met_parts = [], []
    k = len(ids) + 1
    for text, ban in duties:
        while f"q{k}" in ids:
            k += 1
        ids.add(f"q{k}")
        done.append(Question(f"q{k}", text, citation))
        met_parts.append(Not(done[-1]) if ban else done[-1])
    unbound = policy.tree.child if isinstance(policy.tree, Not) else Not(policy.tree)  # no NOT(NOT(…))
    tree = Or(unbound, met_parts[0] if len(met_parts) == 1 else And(*met_parts))
    asked = ", ".join(f"{q.id}: {q.text!r}" for q in done)
    note = (f"no question was asked, so the check reads whether the duty is met where it applies: "
            f"{trees.dumps(tree)} ({asked})")
    # the tree now decides whether the duty is met (true: compliant), which the conclusion says in words: "Tenants
    # must not keep pets (positive)" read as if the ban were a permission
    met = Conclusion(f"the duty is met: {conclusion.text}", "positive", conclusion.clause_id, conclusion.start,
                     conclusion.end)
    return replace(policy, tree=tree, questions=(*policy.questions, *done), notes=(*policy.notes, note), conclusion=met)
