"""Writing a yes/no question for a condition span, in ShARC's style.

The condition is a clause or a list-item fragment; the question keeps its words and
turns it into an interrogative addressed to the reader where the policy addresses the reader:

    >>> write_question("you're over 65")
    ('Are you over 65?', False)
    >>> write_question("you don't live in Wales")
    ('Do you live in Wales?', True)
    >>> write_question("ambulances", subject="the item")
    ('Is the item an ambulance?', False)
    >>> write_question("get Universal Credit")
    ('Do you get Universal Credit?', False)

A negated condition is returned un-negated with ``negated=True``: the tree carries the NOT.
"""

from __future__ import annotations

import re

from .nlp import nlp

PERSON_NOUNS = frozenset("""you person people persons worker workers employee employees veteran veterans applicant
applicants individual individuals student students parent parents carer carers claimant claimants resident residents
citizen citizens member members spouse spouses partner partners they someone anyone those everyone adult adults
child children customer customers patient patients owner owners employer employers borrower borrowers
taxpayer taxpayers apprentice apprentices trainee trainees recipient recipients servicemember servicemembers
homeowner homeowners tenant tenants landlord landlords pensioner pensioners survivor survivors farmer farmers
beneficiary beneficiaries dependent dependents dependant dependants provider providers business businesses
organisation organisations organization organizations company companies agent agents manager managers
he she rider riders driver drivers rancher ranchers landowner landowners producer producers practitioner
practitioners fisherman fishermen reservist reservists officer officers homebuyer homebuyers buyer buyers operator
operators passenger passengers pedestrian pedestrians woman women man men family families senior seniors retiree
retirees widow widows widower widowers professional professionals contractor contractors volunteer volunteers
director directors trader traders exporter exporters importer importers soldier soldiers nurse nurses physician
physicians caregiver caregivers guardian guardians mother mothers father fathers minor minors teenager teenagers
household households entrepreneur entrepreneurs grower growers servicemen servicewomen cardholder cardholders
holder holders self-employed laborer laborers labourer labourers charity charities club clubs visitor visitors
guest guests user users subscriber subscribers traveller travellers traveler travelers intern interns starter
starters consultant consultants candidate candidates learner learners pupil pupils jobseeker jobseekers
personnel staff shopper shoppers patron patrons tourist tourists cyclist cyclists motorist motorists commuter commuters
caller callers participant participants attendee attendees occupant occupants consumer consumers""".split())
# who "you or your …" names as the reader's other half ("you or your partner", "you or your civil partner")
PARTNER_WORDS = ("partner", "spouse", "husband", "wife", "civil partner")

_CONTRACTIONS = {"'re": "are", "’re": "are", "'m": "am", "’m": "am", "'ve": "have", "’ve": "have",
                 "'ll": "will", "’ll": "will", "'d": "would", "’d": "would", "ca": "can", "wo": "will",
                 "sha": "shall"}
_BE = {"am", "is", "are", "was", "were", "'re", "’re", "'m", "’m", "'s", "’s", "be"}
_MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "ca", "wo", "'ll", "’ll",
           "'d", "’d"}
_NEG = {"not", "n't", "n’t", "never"}
_LEAD_STRIP = {"if", "unless", "when", "where", "whether", "that", "and", "or", "but", "provided", "providing",
               "only", "either", "neither", "nor", "both", "also", "so", "as", "long", "usually", "still", "then",
               "because", "once", "whenever", "except", "who", "which"}
_TRAIL_STRIP = re.compile(r"[\s,;:.!?\-–—]+$|[\s,;:]+(?:and|or|and/or|but)\s*$", re.I)
_PRONOUN_MAP = {"they": "you", "them": "you", "their": "your", "theirs": "yours", "themselves": "yourself",
                "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
                "he": "you", "she": "you", "him": "you", "his": "your", "her": "your", "himself": "yourself",
                "herself": "yourself"}


# people a rule may name generically for its reader ("if an employee is sick …"); not organisations or other parties
_GENERIC_READERS = frozenset("""person individual employee worker applicant claimant student member customer patient
intern starter trainee apprentice resident tenant visitor user contractor volunteer pupil candidate""".split())


def indefinite_article(word: str) -> str:
    """The indefinite article before ``word``.

    >>> [indefinite_article(w) for w in ("employee", "one", "MRI", "user", "European", "hour", "unemployed")]
    ['an', 'a', 'an', 'a', 'a', 'an', 'an']
    """
    if re.fullmatch(r"(?:[A-Z]\.?){2,}", word):  # an initialism is read letter by letter: "a U.S.", "an MRI"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    # ("a one-parent family", "a once-a-year payment", "a European": they sound "won", "yu")
    return "an" if re.match(r"(?i)(?!one\b|once\b|eu)[aeio]|u(?!ni|se|sa|ro)|h(?:our|onest)", word) else "a"


_QUOTES = {"‘": "’", "“": "”"}  # opening -> closing
_CLOSING_QUOTES = tuple(_QUOTES.values())


def strippable_end(toks) -> bool:
    """Whether the last token is punctuation to drop: a ")" that closes a bracket opened inside stays."""
    last = toks[-1]
    if last.text == ")":
        return sum(t.text == "(" for t in toks) < sum(t.text == ")" for t in toks)
    if last.text in _CLOSING_QUOTES:  # a closing quote stays when its opening quote is kept
        return sum(t.text in _QUOTES for t in toks) < sum(t.text in _CLOSING_QUOTES for t in toks)
    return last.is_punct


def clean_condition(text: str) -> str:
    """Strip list punctuation, trailing connectives and leading markers (``if``, ``and``, …)."""
    text = re.sub(r"\s+", " ", text).strip()
    prev = None
    while prev != text:
        prev = text
        text = _TRAIL_STRIP.sub("", text).strip()
        text = re.sub(r"^[\s,;:\-–—]+", "", text)
    return text


def _trim_tail(toks):
    """Drop explanatory tails: ", for example …", "e.g. …", " - the amount will vary …", an unclosed "(…"."""
    for k, t in enumerate(toks):
        if k < 3 and not (k == 2 and t.text in ("-", "–", "—")):  # "a meal - £4.25 if …": the aside goes
            continue
        nxt = toks[k + 1].lower_ if k + 1 < len(toks) else ""
        if t.tag_ == "TO" and t.head.dep_ in ("advcl", "xcomp") and t.head.i == t.i + 1 and t.head.lemma_ in (
                "get", "qualify", "claim", "receive", "be") and t.head.head.i < t.i and k >= 4 and \
                t.head.head.lemma_ not in ("require", "ask", "expect", "allow", "permit", "force") and not any(
                u.lower_ in ("like", "such", "including") for u in toks[max(0, k - 4):k]):  # not inside an example
            # "need 10 qualifying years to get any State Pension": the purpose restates the benefit (not "requires
            # you to be on site": what is required)
            return toks[:k]
        if t.lower_ == "because" and nxt in ("the", "it", "its", "this", "that", "these", "those", "there") and k >= 4:
            return toks[:k]  # "… or Spain because the average winter temperature is higher": a reason, not a condition
        if (t.lower_ == "for" and nxt == "example") or t.lower_ in ("e.g.", "eg", "e.g", "i.e.", "ie") or (
                # ", although there are some exceptions": a concession, not part of the condition
                t.lower_ in ("although", "though") and toks[k - 1].text == ",") or (
                t.text in ("-", "–", "—") and t.whitespace_ and k > 0 and toks[k - 1].whitespace_):
            return toks[:k]
    opened = [k for k, t in enumerate(toks) if t.text == "("]
    if opened and not any(t.text == ")" for t in toks[opened[-1]:]) and opened[-1] >= 3:
        return toks[:opened[-1]]
    return toks


_ASIDE_OPENERS = {"and", "even", "see", "pdf", "e.g.", "eg", "i.e.", "ie", "for", "which", "this", "read", "check"}


def _drop_asides(toks):
    """Drop a bracketed aside that is not part of the condition: "(even if colleagues are more
    suitable)", "(see Rule 271)", "(PDF, 2 pages)"; "(including Switzerland)" or "(SSI)" stay."""
    out, k = [], 0
    while k < len(toks):
        t = toks[k]
        if t.text == "(" and k + 1 < len(toks) and toks[k + 1].lower_ in _ASIDE_OPENERS:
            close = next((j for j in range(k + 1, len(toks)) if toks[j].text == ")"), None)
            if close is not None:
                k = close + 1
                continue
        out.append(t)
        k += 1
    return out


def _join(words: list[str]) -> str:
    out = " ".join(w for w in words if w)
    out = re.sub(r"\s+([,;:.!?%)\]])", r"\1", out)
    out = re.sub(r"([(\[£$‘“])\s+", r"\1", out)
    out = re.sub(r"\s+([’”])(?=[\s?,.;:]|$)", r"\1", out)  # a closing quote: "‘Home Care’", not "‘ Home Care ’"
    out = re.sub(r"\b(you|they|we|he|she|it)\s+n['’]t\b", r"\1 not", out)  # "Can you not work because of …?"
    out = re.sub(r"\s+(n't|n’t|['’](?:s|re|ve|ll|d|m))\b", r"\1", out)
    out = re.sub(r"(\ws)\s+(['’])(?=\s)", r"\1\2", out)  # a plural's possessive: "4 weeks' notice"
    out = re.sub(r"\b(your|you) or \1\b", r"\1", out)  # "his or her" said to the reader
    return re.sub(r"\s+", " ", out).strip()


def finish_question(words: list[str]) -> str:
    """Join question words, capitalise the first, end with one question mark.

    >>> finish_question(["have", "you", "written", "approval", "from", "HR"])
    'Do you have written approval from HR?'
    """
    text = _join(words)
    text = text.rstrip(" ,;:.!?")
    text = _HAVE_DOCUMENT.sub(lambda m: f"{'Do' if m.group(1).lower() == 'have' else 'Does'} {m.group(2)} have "
                              f"{m.group(3)} {m.group(4)}", text, count=1)
    return (text[:1].upper() + text[1:] + "?") if text else ""


# "if you have written consent": spaCy reads "have written" as a perfect tense ("Have you written consent?")
_HAVE_DOCUMENT = re.compile(r"^(have|has) (.+?) (written|signed) (consent|approval|permission|authori[sz]ation|"
                            r"agreement|confirmation|notice|evidence|proof|references?|instructions|permits?)\b", re.I)


_DANGLING = {"for", "to", "on", "in", "of", "with", "at", "from", "by", "into", "about", "than", "as", "the", "a",
             "an", "your", "their", "whose", "which", "who", "that", "if", "and", "or"}
_QUESTION_HEAD = re.compile(r"^(?:(?:are|is|am|was|were|do|does|did|have|has|had|can|could|will|would|may|might|"
                            r"shall|should|must)\s+)?(?:you|it|this|that|they|these|there)\b\s*", re.I)


# a verb's particle ends a question whole: "Have you opted in?", "Has the customer signed up?"
_PARTICLE_VERB = re.compile(r"(?:\w+(?:ed|ing)|opt|opts|sign|signs|log|logs|check|checks|move|moves|drop|drops|"
                            r"set|turn|turns|give|gives|pay|pays|take|takes) (?:in|out|up|off|on|back|down|over)|"
                            # a passive that strands its preposition: "Have the goods been paid for?"
                            r"(?:paid|applied|asked|cared|accounted|dealt|looked|sent|called|voted|budgeted) "
                            r"(?:for|with|after)")


def usable_question(question: str) -> bool:
    """Whether a written question asks something: not cut off ("Are you claiming the credit for?"),
    not bare anaphora ("Does this happen?", "Do you need one?", "Do you do?")."""
    from .words import content_words

    if len(question) < 6:
        return False
    words = re.findall(r"[\w’']+", question)
    if not words or (words[-1] in _DANGLING and (len(words) <= 7 or words[-1] not in ("from", "in", "for", "to", "on"))
                     and not _PARTICLE_VERB.fullmatch(" ".join(words[-2:]).lower())):
        return False
    body = _QUESTION_HEAD.sub("", question.rstrip("?").strip())
    content = content_words(body)
    if not content:
        return False
    anaphoric = re.match(r"(?i)^(?:do|does|did)\s+(?:it|this|that)\s+\w+\?$", question)
    bare_one = re.search(r"(?i)\b(one|ones|it|this|that|so|yours)\?$", question) and sum(content.values()) < 2
    # "if you're eligible" / "if you qualify" restates the conclusion, it asks nothing of its own
    restated = re.match(r"(?i)^(?:are|do|is|does) you (?:eligible|qualify|entitled)\?$", question)
    return not (anaphoric or bare_one or restated)


def write_question(condition: str, subject: str = "you", *, second_person: bool = True,
                   others: bool = False) -> tuple[str, bool]:
    """A yes/no question for ``condition`` and whether the condition was negated.

    ``subject`` is who a subject-less fragment is about (``"you"``, ``"the item"``, ``"it"``).
    With ``second_person``, third-person pronouns standing for the reader become "you"/"your";
    with ``others`` (the policy addresses the reader as "you" elsewhere), "they"/"he"/"she" are taken
    to be someone else and kept.
    """
    text = clean_condition(condition)
    if not text:
        return "", False
    doc = nlp()(text)
    return question_from_tokens(list(doc), subject, second_person=second_person, others=others)


_THIRD_PERSON = {"they", "them", "their", "theirs", "he", "she", "him", "his", "her"}  # reflexives follow the subject
# singular pronouns that refer back to a named subject ("the Veteran … as his or her primary residence"); a plural
# "their" after "the business" is as often the reader's ("deduct tax from their wages")
_OBLIQUE_THIRD = {"him", "his", "her", "himself", "herself"}


def _opens_kept_quote(toks) -> bool:
    """Whether the first token opens a quote closed later on ("‘non-sales’ like bartering"): it stays."""
    close = _QUOTES.get(toks[0].text)
    return close is not None and any(t.text == close for t in toks[2:])


# people who deal with the reader rather than stand for them: "Employers must pay … if they …" means the employer,
# and "the business deducts tax from their wages" means the reader's wages
PARTIES = frozenset("""employer landlord provider business organisation organization company agent manager operator
charity club director officer lender council agency authority controller processor trader exporter importer
practitioner physician nurse contractor guardian parent""".split())


def is_demonstrative(t) -> bool:
    """Whether ``t`` is "that"/"this" pointing at a noun ("that country"), not a marker ("that you …")."""
    return t.lower_ in ("that", "this") and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i


def question_from_tokens(tokens, subject: str = "you", *, second_person: bool = True,
                         others: bool = False) -> tuple[str, bool]:
    """:func:`write_question` on spaCy tokens already parsed (in context)."""
    toks = [t for t in tokens if not t.is_space]
    # leading markers and punctuation
    while toks and ((toks[0].lower_ in _LEAD_STRIP and not is_demonstrative(toks[0]))
                    or (toks[0].is_punct and not _opens_kept_quote(toks))) and len(toks) > 1:
        if toks[0].lower_ == "as" and len(toks) > 2 and toks[1].lower_ == "long" and toks[2].lower_ == "as":
            toks = toks[3:]
            continue
        if toks[0].lower_ in ("who", "which") or toks[0].lower_ not in ("as",):
            toks = toks[1:]
            continue
        break
    toks = _drop_asides(_trim_tail(toks))
    while toks and (strippable_end(toks) or toks[-1].lower_ in ("and", "or", "but")) and len(toks) > 1:
        toks = toks[:-1]
    if not toks:
        return "", False
    if len(toks) > 1 and toks[-1].lower_ in ("dies", "die") and toks[0].lower_ in ("a", "an", "the", "your", "any"):
        # "if a close relative dies": spaCy may read "dies" as a plural noun; a death is asked as an event
        said = [t.text for t in toks[:-1]]
        return finish_question([_has(" ".join(said))] + said + ["died"]), False
    # "you're either working in the UK" once its "or …" went to a question of its own: "either" has no pair
    toks = [t for k, t in enumerate(toks) if not (t.lower_ == "either" and k > 0
                                                  and not any(u.lower_ == "or" for u in toks[k + 1:]))]
    negated = False
    kept_third = False  # "they" kept as someone else: their reflexive stays "themselves"
    named_subject = False  # a third person named as subject before: later "his"/"their" refer to it
    named_person = False
    named_thing = False  # a thing named as subject before: a later "they" is it ("the data … for which they were …")
    # "if an employee is sick …": a rule's generic person is its reader ("Are you sick …?")
    generic = second_person and subject == "you" and not others and len(toks) > 2 and toks[0].lower_ in (
        "a", "an", "any") and toks[1].lower_ in _GENERIC_READERS and toks[1].dep_ in ("nsubj", "nsubjpass")
    # "you do not need them": with the reader named as subject, "them" is something else
    you_said = any(t.lower_ == "you" and t.dep_ in ("nsubj", "nsubjpass") for t in toks)
    words = []
    inside = {t.i for t in toks}
    for i, t in enumerate(toks):
        w = t.text
        bracketed = sum(x.text == "(" for x in toks[:i]) > sum(x.text == ")" for x in toks[:i])
        if t.lower_ in _NEG and not (t.lower_ == "never" and i == 0) and not _in_subordinate(t, inside) \
                and not bracketed and not _local_negation(toks, i):
            negated = not negated
            continue
        if t.lower_ == "no" and t.dep_ == "det" and t.i > 0 and i > 0 and toks[i - 1].lemma_ in ("have", "be", "get"):
            negated = not negated
            w = "any"
        if others and t.lower_ in _THIRD_PERSON and t.dep_ in ("nsubj", "nsubjpass"):
            kept_third = True
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.lower_ != "you" and not (
                generic and t.i == toks[1].i):
            named_subject = True  # "the data subject has given consent to the processing of his or her data"
            # "that person can manage their own affairs": a person named as subject owns the plural "their" too
            # (at the start: the one the condition is about; not an employer, whose "their" is often the reader's)
            named_person = named_person or (t.lemma_.lower() in PERSON_NOUNS and t.lower_ not in _PRONOUN_MAP
                                            and t.i - toks[0].i <= 2 and t.lemma_.lower() not in PARTIES)
            named_thing = named_thing or (t.tag_ in ("NNS", "NNPS") or t.lower_ == "data") and \
                t.lemma_.lower() not in PERSON_NOUNS and t.lower_ not in PERSON_NOUNS
        if i == 0 and is_demonstrative(t):
            w = "the"  # "unless that country ensures …" -> "Does the country ensure …?"
        if second_person and t.lower_ in _PRONOUN_MAP and subject == "you" and not (
                (named_subject and t.lower_ in _OBLIQUE_THIRD) or (you_said and t.lower_ == "them") or
                (named_person and t.lower_ in ("their", "them", "theirs", "themselves")) or
                (named_thing and t.lower_ in ("they", "them")) or
                others and (t.lower_ in _THIRD_PERSON or (kept_third and t.lower_.endswith(("self", "selves"))))):
            w = _PRONOUN_MAP[t.lower_]
        words.append((w, t))
    merged = []
    for w, t in words:  # keep "self-employed", "and/or", "£4.25", "the ‘employer’", "cannot" joined as written
        if merged and t.i == merged[-1][2] + 1 and not t.doc[t.i - 1].whitespace_ and (
                t.text in ("-", "/", "–", *_CLOSING_QUOTES) or merged[-1][0].endswith(("-", "/", "–", *_QUOTES))
                or (t.lower_ == "not" and merged[-1][0].lower() == "can")  # "cannot", which spaCy splits
                or (t.doc[t.i - 1].like_num and t.is_alpha and len(t.text) <= 3)  # "11pm", "5km", "3rd"
                or (t.text in ("°", "%") and t.doc[t.i - 1].like_num)  # "5°C", "80%"
                or (t.doc[t.i - 1].text == "°" and t.text in ("C", "F"))):
            merged[-1] = (merged[-1][0] + w, merged[-1][1], t.i)
        else:
            merged.append((w, t, t.i))
    words = [(w, t) for w, t, _ in merged]
    if not words:
        return "", negated
    if words[0][1].lower_ == "whose" and len(words) > 1:  # "(Employees) whose baby is due" -> "Is your baby due?"
        words[0] = ("your", words[0][1])
    w0, t0 = words[0]
    # "Income Support" is a name; so is "Carer’s Allowance" (look past the possessive)
    after = next((w for w, _ in words[1:] if w not in ("'s", "’s", "'", "’")), "")
    title = after[:1].isupper()
    if w0[:1].isupper() and not title and (w0[1:].islower() or (len(w0) == 1 and w0 != "I")) and (
            t0.pos_ != "PROPN" or t0.lower_ in ("age", "aged")):
        words[0] = (w0.lower(), t0)
    # find subject + finite verb at the start
    first_w, first = words[0]
    subj_end = _subject_end(words)
    if subj_end is not None:
        subj = ["you"] if generic and subj_end == 2 else [w for w, _ in words[:subj_end]]
        rest = words[subj_end:]
        if not rest:
            return finish_question(["Is it"] + subj), negated
        vw, vt = rest[0]
        low = vt.lower_
        if low in ("'s", "’s"):
            nxt = rest[1][1] if len(rest) > 1 else None
            aux = "has" if nxt is not None and nxt.tag_ == "VBN" and nxt.lower_ == "been" else "is"
            return finish_question([aux.capitalize()] + subj + [w for w, _ in rest[1:]]), negated
        if len(rest) > 2 and vt.lower_ == "no" and rest[1][1].lower_ == "longer" and _is_finite(rest[2][1]):
            rest, negated = rest[2:], not negated  # "you no longer need them" -> NOT("Do you need them?")
            vw, vt = rest[0]
            low = vt.lower_
        if rest[0][1].pos_ == "ADV" and len(rest) > 1 and _is_finite(rest[1][1]):
            rest = rest[1:]  # "you usually get" -> "Do you get"
            vw, vt = rest[0]
            low = vt.lower_
        if low in ("do", "does", "did") and len(rest) > 1 and (rest[1][1].pos_ in ("VERB", "AUX") or (
                rest[1][1].lower_ == "not" and len(rest) > 2 and rest[2][1].pos_ in ("VERB", "AUX"))):
            aux = low
            return finish_question([aux.capitalize()] + subj + [w for w, _ in rest[1:]]), negated
        # "have" is the auxiliary of a perfect, adverbs allowed between: "you have (recently) updated"
        perfect = next((t for _, t in rest[1:] if t.pos_ != "ADV" and t.lower_ not in _NOT_WORDS),
                       None) if vt.lemma_ == "have" else None
        if low in _BE or low in _MODALS or low in _CONTRACTIONS or (
                perfect is not None and (perfect.tag_ in ("VBN", "VBD") or perfect.lower_ == "been")):
            aux = _CONTRACTIONS.get(low, vw.lower())
            if subj and subj[0].lower() == "you" and aux in ("is", "was", "has"):
                aux = {"is": "are", "was": "were", "has": "have"}[aux]
            if aux == "need" and len(rest) > 1 and rest[1][1].lower_ == "to":
                return finish_question(["Do"] + subj + ["need"] + [w for w, _ in rest[1:]]), negated
            if aux in _OBLIGATION and len(rest) > 1:
                return finish_question(_obligation(subj, rest[1:], [t for _, t in words[:subj_end]])), negated
            tail = rest[1:]
            if subj == ["you"] and aux in ("are", "were") and tail and tail[0][1].pos_ in ("ADJ", "NOUN") and \
                    tail[0][1].tag_ != "JJR":  # "you're seafarers" -> "Are you a seafarer?"
                return finish_question([aux.capitalize()] + subj + _noun_phrase(tail, subj)), negated
            # (a "n't" kept after the auxiliary is spelled out: "Have you not worked for 6 months?")
            return finish_question([aux.capitalize()] + subj + ["not" if k == 0 and t.lower_ in _NOT_WORDS else w
                                                                for k, (w, t) in enumerate(tail)]), negated
        if vt.pos_ in ("VERB", "AUX") or _mistagged_verb(vt):
            do = {"VBZ": "Does", "VBD": "Did"}.get(vt.tag_, "Do")
            if do == "Does" and subj and subj[0].lower() == "you":
                do = "Do"
            lemma = vt.lemma_ if vt.lemma_ and vt.lemma_ != "-PRON-" else vw
            if lemma == "die" and do != "Did":  # "if your partner dies": has it happened ("Has your partner died?")
                return finish_question([_has(" ".join(subj))] + subj + ["died"] + [w for w, _ in rest[1:]]), negated
            return finish_question([do] + subj + [lemma] + [w for w, _ in rest[1:]]), negated
        return finish_question(["Is"] + subj + [w for w, _ in rest]), negated
    # a fragment with no subject of its own
    if first.lower_ == "to" and len(words) > 1 and words[1][1].tag_ == "VB":
        # a purpose: "except to carry out treatment, payment, or health care operations" -> "Is it to carry out …?"
        return finish_question(["Is it"] + [w for w, _ in words]), negated
    return finish_question(_fragment_question(words, subject)), negated


_FINITE = {"VBZ", "VBP", "VBD", "MD"}
_OBLIGATION = {"must", "should", "shall"}


def _mistagged_verb(t) -> bool:
    """A head word with a subject of its own is the verb, whatever its tag ("you or your partner
    qualify": spaCy tags "qualify" NN)."""
    return t.head.i == t.i and t.tag_ in ("VB", "NN") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


_NOT_WORDS = _NEG - {"never"}  # a "not" that an auxiliary carries ("have not worked", "haven't worked")


def _local_negation(toks, i: int) -> bool:
    """Whether the negation ``toks[i]`` qualifies one part of the condition and stays in its words: it comes
    well after the condition's first verb ("a member of the armed forces not resident in the UK"), or a "but"
    or "because" clause follows it ("not a UK national but you've lived in the UK for 20 years", "not working
    because you're retired")."""
    if i > 0 and toks[i - 1].lower_ == "or":  # "… or not": no part of the condition is negated
        return False
    if any(t.lower_ in ("if", "though", "because", "unless", "when", "whenever", "while") for t in toks[1:i]):
        # inside a clause the condition opened: "turn up for work even if they don't want to", "locked when not
        # in use"
        return True
    after = " ".join(t.lower_ for t in toks[i + 1:])
    if re.search(r"\b(?:for (?:the (?:last|past) )?|in the (?:last|past) )(?:\d+|one|two|three|four|five|six|several|"
                 r"many|a few) (?:days?|weeks?|months?|years?)\b", after):
        # "you have not logged in for 2 years" is not the opposite of "you have logged in for 2 years"
        return True
    verb = next((k for k, t in enumerate(toks) if t.pos_ in ("AUX", "VERB")), None)
    if verb is not None and i > verb + 3 and not any(t.pos_ in ("AUX", "VERB") for t in toks[i - 2:i]):
        return True
    return any((t.lower_ == "but" and t.dep_ == "cc") or t.lower_ == "because" for t in toks[i + 1:])


def _in_subordinate(neg, inside: set[int]) -> bool:
    """Whether a negation belongs to a relative or complement clause inside the condition ("coins that
    aren't legal tender", "the estate shows the person shouldn't have got …"): it stays in the question's
    words instead of negating the whole question."""
    head = neg.head
    while head.i in inside and head.head.i != head.i and head.head.i in inside:
        if _clause_within(head):
            return True
        head = head.head
    return _clause_within(head) and head.head.i in inside


def _clause_within(head) -> bool:
    """A relative or complement clause, or one opened by "that"/"whether" whichever way spaCy attached it
    ("your leave states that you can't claim public funds", where "states" was read as a noun)."""
    return head.dep_ in ("relcl", "ccomp") or any(c.dep_ == "mark" and c.lower_ in ("that", "whether")
                                                   for c in head.children)


def _obligation(subj: list[str], rest, subj_tokens=()) -> list[str]:
    """A requirement asked as a fact, as ShARC writes it: "you must be 18" -> "Are you 18?",
    "you should have a licence" -> "Do you have a licence?" (``rest`` follows the modal)."""
    head = next((t for t in subj_tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
    if head is not None:
        plural = head.lower_ in ("you", "they", "we") or head.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in head.children)
    else:
        plural = bool(subj) and (subj[0].lower() in ("you", "they", "we") or subj[-1].endswith("s"))
    while len(rest) > 1 and rest[0][1].lower_ in ("also", "still", "usually", "normally", "generally"):
        rest = rest[1:]  # "it must also be commercial" -> "Is it commercial?"
    v, t = rest[0]
    tail = [w for w, _ in rest[1:]]
    if t.lower_ == "be":
        if subj == ["you"] and len(rest) > 1 and rest[1][1].pos_ in ("ADJ", "NOUN", "PROPN") and \
                rest[1][1].tag_ != "JJR":
            tail = _noun_phrase(rest[1:], subj)  # "applicants must be U.S. citizens" -> "Are you a U.S. citizen?"
        return ["Are" if plural else "Is"] + subj + tail
    if t.lower_ == "have" and len(rest) > 1 and rest[1][1].tag_ == "VBN":
        return ["Have" if plural else "Has"] + subj + tail
    if t.pos_ in ("VERB", "AUX") and t.tag_ == "VB":
        return ["Do" if plural else "Does"] + subj + [v] + tail
    return [t.doc[t.i - 1].text.capitalize() if t.i > 0 else "Must"] + subj + [w for w, _ in rest]


def _is_finite(t) -> bool:
    return t.tag_ in _FINITE or t.lower_ in _BE or t.lower_ in _MODALS or t.lower_ in _CONTRACTIONS


def _subject_end(words) -> int | None:
    """Index after the subject when the span starts with ``subject + finite verb``."""
    first = words[0][1]
    if first.lower_ in ("you", "they", "he", "she", "it", "we", "i", "there", "this", "that") and \
            not is_demonstrative(first):
        if len(words) > 1 and _is_finite(words[1][1]) or (len(words) > 2 and words[1][1].pos_ == "ADV"
                                                           and _is_finite(words[2][1])):
            return 1
        if len(words) > 3 and words[1][1].lower_ == "no" and words[2][1].lower_ == "longer" and _is_finite(words[3][1]):
            return 1  # "you no longer need them"
        if not (len(words) > 2 and words[1][1].lower_ in ("or", "and")):  # "you or your partner must …"
            return None
    base = words[0][1].i
    doc = words[0][1].doc
    # every token, not only each word's first: a merged word ("ex-partner") may hide the subject ("partner")
    for t in doc[base: words[min(len(words), 12) - 1][1].i + 1]:
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.left_edge.i <= base:
            right = max([t.right_edge.i] + [c.right_edge.i for c in t.children if c.dep_ in ("cc", "conj")])
            if t.head.i > t.i:  # a subject ends before its verb (spaCy may hang a later phrase on it as a relcl)
                right = min(right, t.head.i - 1)
            # words may merge several tokens ("self-employed"): the subject ends before the first word past it
            end = next((j for j, (_, u) in enumerate(words) if u.i > right), len(words))
            verb = words[end][1] if 0 < end < len(words) else None
            # spaCy tags "qualify" in "you or your partner qualify" as VB: after a subject it is finite
            if verb is not None and (_is_finite(verb) or _mistagged_verb(verb)):
                return end
            # an adverb or a second subject word before the verb ("the employee unreasonably refuses", "your VAT
            # taxable turnover falls"): they stay with the subject, the verb is the subject's head
            k = next((j for j, (_, u) in enumerate(words) if u.i == t.head.i), None)
            if k is not None and k > end and _is_finite(t.head) and all(
                    u.pos_ not in ("VERB", "AUX", "ADP", "SCONJ", "PUNCT") for _, u in words[end:k]):
                return k
            return None
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and t.dep_ not in ("amod", "compound"):
            return None  # a verb before any subject: not "subject + verb" ("certified" in "your certified exports")
    return None


# verbs that end a condition on their own and double as nouns ("if your family or work life change")
_CLAUSE_FINAL_VERBS = frozenset("change apply live work die leave stop start increase decrease end rise fall "
                                "move qualify agree".split())


def _clause_misread_as_noun_phrase(words) -> list[str] | None:
    """spaCy's small model reads "a specific amount needs paying" or "the country you're exporting to specifies
    a time limit" as one noun phrase. A word after the first noun that parses as a present-tense verb once
    its subject is a pronoun ("it needs paying") is the verb: "Does a specific amount need paying?"."""
    toks = [t for _, t in words]
    def main_verb(t) -> bool:  # finite, and not inside a relative clause ("the country you're exporting to")
        return t.tag_ in _FINITE and "relcl" not in (t.dep_, t.head.dep_)

    if len(toks) < 3 or toks[0].lower_ not in ("a", "an", "the", "your", "their", "his", "her", "its", "our") or any(
            main_verb(t) for t in toks):
        return None
    last = toks[-1].lower_
    if toks[0].lower_ in ("your", "their") and any(t.lower_ in ("or", "and") for t in toks[1:-1]) \
            and last in _CLAUSE_FINAL_VERBS:
        # "your family or work life change": a coordinated subject, its verb read as a noun
        return ["Do"] + [w for w, _ in words]
    first_noun = next((i for i, t in enumerate(toks) if t.pos_ in ("NOUN", "PROPN")), None)
    for k in range(first_noun + 1 if first_noun is not None else len(toks), len(toks) - 1):
        low = toks[k].lower_
        if not re.fullmatch(r"[a-z]+[^s]s", low):
            continue
        probe = nlp()("it " + " ".join(w for w, _ in words[k:k + 3]))
        if len(probe) > 1 and probe[1].tag_ == "VBZ" and probe[1].pos_ == "VERB":
            return ["Does"] + [w for w, _ in words[:k]] + [probe[1].lemma_] + [w for w, _ in words[k + 1:]]
    return None


# nouns that name things, never the reader: a list of them asks "Is it …?", not "Are you …?"
THING_NOUNS = frozenset("""expense cost meal fee payment earnings income item good goods product substance chemical drug
medicine vehicle car boat aircraft property equipment machinery device software app document form certificate licence
license food plant seed animal material record loan grant allowance benefit credit tax refund repair improvement
building land debt loss saving outgoing pension""".split())


def _names_a_thing(words) -> bool:
    """Whether a noun-phrase fragment names a thing: its head noun (the last of the leading noun run) is a
    thing noun, or ends in -ment/-tion/-sion, and is no person noun."""
    toks = [t for _, t in words]
    k = 0
    while k < len(toks) and toks[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "ADV", "DET", "PUNCT") and \
            toks[k].lower_ not in ("or", "and"):
        k += 1
    nouns = [t for t in toks[:k] if t.pos_ == "NOUN"]
    rest = next((i for i in range(k, len(toks)) if toks[i].pos_ in ("ADP", "VERB", "AUX")), len(toks))
    if not nouns or any(t.tag_ == "POS" for t in toks[k:rest]):  # "the department or council's representative"
        return False
    head = nouns[-1]
    lemma, low = head.lemma_.lower(), head.lower_
    if low in PERSON_NOUNS or lemma in PERSON_NOUNS:
        return False
    return lemma in THING_NOUNS or low in THING_NOUNS or bool(re.search(r"(?:ment|tion|sion)s?$", low))


def _noun_phrase(words, subject_words: list[str]) -> list[str]:
    """``ambulances`` → ``an ambulance``: singular head noun with an article where the NP has no determiner; a
    person's second noun phrase after "or" likewise ("U.S. citizens or qualified non-citizens" → "a U.S. citizen or a
    qualified non-citizen")."""
    if not (subject_words and subject_words[0] in ("you", "the", "it")):
        return [w for w, _ in words]
    out, start = [], 0
    while True:
        phrase, k, changed = _singular_run(words[start:])
        out += phrase
        at = start + k
        # (only "or": "a truffle and goods containing truffles" may name one thing)
        if not (changed and subject_words[0] == "you" and at + 1 < len(words) and words[at][1].lower_ == "or"):
            return out + [w for w, _ in words[at:]]
        second, k2, changed2 = _singular_run(words[at + 1:])
        if not changed2:
            return out + [w for w, _ in words[at:]]
        out.append(words[at][0])
        start = at + 1


def _singular_run(words) -> tuple[list[str], int, bool]:
    """The leading noun-ish run of ``words`` with its plural head made singular (and an article where it has no
    determiner), the run's length, and whether it changed."""
    toks = [t for _, t in words]
    k = 0
    while k < len(toks) and (toks[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADV", "DET", "PART", "CCONJ")
                             # a participle as adjective: "authorised contractors"
                             or (k == 0 and toks[k].tag_ == "VBN" and toks[k].dep_ == "amod")) \
            and toks[k].tag_ != "POS" and toks[k].lower_ not in ("or", "and"):
        k += 1
    out = [w for w, _ in words[:k]]
    nouns = [i for i, t in enumerate(toks[:k]) if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return out, k, False
    h = nouns[-1]
    last = _last_token(out[h], toks[h])  # "non-citizens" is one word of three tokens
    if last.tag_ != "NNS" or out[h][:1].isupper() or last.lower_ in _PLURAL_ONLY:
        return out, k, False
    lemma = "person" if last.lower_ == "people" else last.lemma_
    if not lemma or lemma == last.lower_:
        return out, k, False
    out[h] = out[h][:len(out[h]) - len(last.text)] + lemma
    if not any(t.pos_ == "DET" or t.tag_ in ("PRP$", "CD") for t in toks[:h]):
        out.insert(0, indefinite_article(out[0]))
    return out, k, True


# plurals with no singular of the same meaning: "goods" is not "a good"
_PLURAL_ONLY = {"goods", "clothes", "savings", "earnings", "premises", "arrears", "means", "belongings", "proceeds",
                "surroundings", "series", "species", "headquarters", "outskirts"}


def _last_token(word: str, first):
    """The token a word merged from ``first`` on ends with."""
    doc, i, text = first.doc, first.i, first.text
    while text != word and i + 1 < len(doc) and len(text) < len(word):
        i += 1
        text += doc[i].text
    return doc[i]


def _has(subject: str) -> str:
    """ "Have" or "Has", agreeing with ``subject``."""
    return "Have" if _plural(subject) else "Has"


def _plural(subject: str) -> bool:
    """Whether the verb agrees as with "you": "you", and "you or your partner" (the nearer "you" decides
    in ShARC's questions: "Have you or your partner reached …?"), or a plural noun phrase ("dogs")."""
    if subject == "you" or subject.startswith(("you or ", "you and ")):
        return True
    last = subject.split()[-1].lower() if subject.split() else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s")) and \
        " of " not in subject and " or " not in subject


# what a law, a court or a manager does to an act: "(if) required by law", "(unless) prohibited by a court order"
_AUTHORITY = frozenset("require request authorise authorize approve permit allow order mandate prohibit forbid "
                       "demand".split())


def _fragment_question(words, subject: str) -> list[str]:
    adverbs = []
    while len(words) > 1 and words[0][1].pos_ == "ADV" and words[1][1].pos_ in ("VERB", "AUX") and \
            words[0][1].lower_ not in ("over", "under", "more", "less"):
        adverbs.append(words[0][0])
        words = words[1:]
    # a negation kept in the words ("did not apply … because of a disability") goes after the subject
    kept_not = ["not"] if len(words) > 2 and words[1][1].lower_ == "not" else []
    at = 1 + len(kept_not)  # the verb after "do"/"did" (and a kept "not")
    if len(words) > at and words[0][1].lower_ in ("do", "does", "did") and words[at][1].pos_ in ("VERB", "AUX"):
        tense = words[0][1].lower_
        verb = words[at]
        rest = [w for w, _ in words[at + 1:]]
        aux = "Did" if tense == "did" else ("Do" if _plural(subject) else "Does")
        return [aux] + subject.split() + kept_not + adverbs + [verb[1].lemma_ if verb[1].lemma_ else verb[0]] + rest
    if adverbs:
        out = _fragment_question(words, subject)
        n = 1 + len(subject.split())
        return out[:n] + adverbs + out[n:]
    first_w, first = words[0]
    subj = subject.split()
    be = "Are" if _plural(subject) else "Is"
    low = first.lower_
    rest = [w for w, _ in words[1:]]
    if low in ("was", "were"):  # "were discharged under …" -> "Were you discharged …?"
        be = "Were" if _plural(subject) else "Was"
    if low in _BE:
        if subject == "you" and len(words) > 1 and words[1][1].pos_ in ("ADJ", "NOUN", "PROPN") and \
                words[1][1].tag_ != "JJR":  # "be U.S. citizens or …" -> "Are you a U.S. citizen or …?"
            return [be] + subj + _noun_phrase(words[1:], subj)
        return [be] + subj + rest
    if low in ("have", "has", "'ve", "’ve") and len(words) > 1 and words[1][1].tag_ in ("VBN",):
        if words[1][1].lower_ == "been" and len(words) > 2 and words[2][1].tag_ == "NNS" and subject == "you":
            # "have been members for 20 years" -> "Have you been a member for 20 years?"
            return ["Have"] + subj + ["been"] + _noun_phrase(words[2:], subj)
        return [_has(subject)] + subj + rest
    if low in _OBLIGATION and len(words) > 1:
        return _obligation(subj, words[1:])
    if low in _MODALS:
        return [_CONTRACTIONS.get(low, low).capitalize()] + subj + rest
    if low in ("married", "divorced", "widowed", "separated", "engaged", "bereaved"):  # states, not events
        return [be] + subj + [w for w, _ in words]
    if first.tag_ == "VBN" and first.lemma_.lower() in _AUTHORITY and subject == "you" and len(words) > 1 and \
            words[1][1].lower_ == "by":
        # "if required by law", "unless prohibited by a court order": what is required is the act, not the reader
        return ["Is", "it"] + [w for w, _ in words]
    if first.tag_ == "VBN" and low == "born":
        return ["Were" if _plural(subject) else "Was"] + subj + [w for w, _ in words]
    if first.dep_ == "amod" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i > first.i and \
            first.head.dep_ == "ROOT":  # "foreign workers" is a noun phrase: "Are you a foreign worker?"
        if subject == "you" and _names_a_thing(words):
            return ["Is", "it"] + _noun_phrase(words, ["it"])
        return [be] + subj + _noun_phrase(words, subj)
    if first.pos_ == "ADJ" and first.dep_ == "amod" and subject == "you" and _names_a_thing(words):
        return ["Is", "it"] + _noun_phrase(words, ["it"])  # "(except for) perishable goods" is no reader
    if first.tag_ in ("VBG", "VBN") or first.pos_ in ("ADJ", "ADV", "ADP", "NUM") or low in ("aged", "over", "under"):
        return [be] + subj + [w for w, _ in words]
    # a lone plural read as a verb ("manuscripts" tagged VBZ) names a thing when the subject is a thing
    lone_plural = len(words) == 1 and first.tag_ == "VBZ" and subject != "you" and low.endswith("s")
    if (first.pos_ in ("VERB", "AUX") or first.tag_ in ("VB", "VBP", "VBZ", "VBD")) and not lone_plural:
        if first.tag_ == "VBD":
            return ["Did"] + subj + [first.lemma_] + rest
        do = "Do" if _plural(subject) else "Does"
        verb = first.lemma_ if first.tag_ == "VBZ" else first_w
        return [do] + subj + [verb] + rest
    if lone_plural and first.lemma_ and first.lemma_ != low:
        return [be] + subj + [indefinite_article(first.lemma_), first.lemma_]
    reread = _clause_misread_as_noun_phrase(words)
    if reread:
        return reread
    # "your representative" is someone else, never the reader ("Are you your representative?"); "your child's
    # carer" may be the reader
    if subject == "you" and low == "your" and not any(t.tag_ == "POS" for _, t in words):
        return ["Is", "it"] + [w for w, _ in words]
    # a noun phrase: "ambulances" -> "Is the item an ambulance?"; a thing is not the reader ("meals" -> "Is it a meal?")
    if subject == "you" and _names_a_thing(words):
        return ["Is", "it"] + _noun_phrase(words, ["it"])
    return [be] + subj + _noun_phrase(words, subj)
