"""Rule-based rewriting of a yes/no question into a first-person statement and its negation.

"Are you moving?"           -> "I am moving."          / "I am not moving."
"Do you have a car?"        -> "I have a car."         / "I don't have a car."
"Is the item an ambulance?" -> "The item is an ambulance." / "The item is not an ambulance."
"Did you pay tax?"          -> "I paid tax."           / "I didn't pay tax."

Used to synthesise training scenarios from gold dialog-tree paths, by the NLI answerer
(hypotheses must be statements) and by the similarity baseline. Returns ``None`` when
the question does not start with an auxiliary verb it knows.
"""

from __future__ import annotations

import random
import re

__all__ = ["to_statement", "second_to_first_person"]

_BE = {"are", "is", "am", "was", "were"}
_DO = {"do", "does", "did"}
_HAVE = {"have", "has", "had"}
_MODAL = {"will", "would", "can", "could", "should", "shall", "may", "might", "must"}
_AUX = _BE | _DO | _HAVE | _MODAL

_IRREGULAR_PAST = {
    "be": "was", "become": "became", "begin": "began", "break": "broke", "bring": "brought",
    "buy": "bought", "choose": "chose", "come": "came", "cut": "cut", "do": "did", "drive": "drove",
    "eat": "ate", "fall": "fell", "feel": "felt", "find": "found", "fly": "flew", "get": "got",
    "give": "gave", "go": "went", "have": "had", "hear": "heard", "hold": "held", "keep": "kept",
    "know": "knew", "leave": "left", "lend": "lent", "let": "let", "lose": "lost", "make": "made",
    "mean": "meant", "meet": "met", "pay": "paid", "put": "put", "quit": "quit", "read": "read",
    "ring": "rang", "run": "ran", "say": "said", "see": "saw", "sell": "sold", "send": "sent",
    "set": "set", "shut": "shut", "sit": "sat", "sleep": "slept", "speak": "spoke", "spend": "spent",
    "stand": "stood", "take": "took", "teach": "taught", "tell": "told", "think": "thought",
    "understand": "understood", "win": "won", "write": "wrote", "withdraw": "withdrew",
    "undergo": "underwent", "arise": "arose", "overpay": "overpaid", "forget": "forgot",
    "hit": "hit", "hurt": "hurt", "lead": "led", "build": "built", "draw": "drew", "grow": "grew",
    "wear": "wore", "bear": "bore", "rise": "rose", "seek": "sought", "split": "split",
}
_MODAL_NEG = {
    "will": ("won't", "will not"), "would": ("wouldn't", "would not"), "can": ("can't", "cannot"),
    "could": ("couldn't", "could not"), "should": ("shouldn't", "should not"),
    "shall": ("shan't", "shall not"), "may": ("may not", "may not"), "might": ("might not", "might not"),
    "must": ("mustn't", "must not"),
}
# words after which a bare "you" is a subject ("before you are", "if you have")
_SUBJ_FOLLOW = re.compile(
    r"^(are|were|have|had|has|do|did|does|can|could|will|would|should|need|needs|want|live|work|"
    r"get|got|make|made|pay|paid|receive|received|claim|claimed|apply|applied|own|use|used|"
    r"started|start|moved|move|left|leave|became|become|go|went|earn|earned|'re|'ve|'ll|'d|are\b)",
    re.I,
)


def _past(verb: str) -> str:
    v = verb.lower()
    if v in _IRREGULAR_PAST:
        out = _IRREGULAR_PAST[v]
    elif v.endswith("e"):
        out = v + "d"
    elif re.search(r"[^aeiou]y$", v):
        out = v[:-1] + "ied"
    elif re.search(r"^[^aeiou]*[aeiou][bdgmnpt]$", v) and len(v) <= 4:
        out = v + v[-1] + "ed"
    else:
        out = v + "ed"
    return out if verb.islower() else out


def _third(verb: str) -> str:
    v = verb.lower()
    if v == "have":
        return "has"
    if v in ("be",):
        return "is"
    if v in ("do", "go"):
        return v + "es"
    if re.search(r"(s|sh|ch|x|z)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def second_to_first_person(text: str) -> str:
    """Rewrite "you/your/yours/yourself" into "I/me/my/mine/myself" (heuristic)."""
    text = text.replace("\u2019", "'")
    text = re.sub(r"\byou're\b", "I'm", text, flags=re.I)
    text = re.sub(r"\byou've\b", "I've", text, flags=re.I)
    text = re.sub(r"\byou'll\b", "I'll", text, flags=re.I)
    text = re.sub(r"\byou'd\b", "I'd", text, flags=re.I)
    text = re.sub(r"\byou are\b", "I am", text, flags=re.I)
    text = re.sub(r"\byou were\b", "I was", text, flags=re.I)
    text = re.sub(r"\byourself\b", "myself", text, flags=re.I)
    text = re.sub(r"\byourselves\b", "ourselves", text, flags=re.I)
    text = re.sub(r"\byours\b", "mine", text, flags=re.I)
    text = re.sub(r"\byour\b", "my", text, flags=re.I)
    text = re.sub(r"\bYour\b", "My", text)

    def repl(m: re.Match) -> str:
        after = text[m.end():].lstrip()
        return "I" if _SUBJ_FOLLOW.match(after) else "me"

    return re.sub(r"\byou\b", repl, text, flags=re.I)


def _split_subject(rest: str) -> tuple[str, str] | None:
    """Split "your child over 16" into ("your child", "over 16") with a few rules."""
    words = rest.split()
    if not words:
        return None
    w0 = words[0].lower()
    if w0 in ("you", "it", "they", "there", "he", "she", "we", "today", "this", "that", "these", "those"):
        # "this business ..." : treat demonstrative + noun as subject only for is-this-a patterns
        if w0 in ("this", "that", "these", "those") and len(words) > 1 and words[1].lower() not in (
            "a", "an", "the", "for", "about", "because", "in", "on", "related", "your", "my",
        ) and not words[1].lower().endswith(("ed", "ing")):
            return " ".join(words[:2]), " ".join(words[2:])
        return words[0], " ".join(words[1:])
    if w0 in ("your", "the", "a", "an", "his", "her", "their", "its", "my", "any", "anyone", "someone"):
        # subject: determiner + up to 3 nouns/adjectives until a likely predicate start
        stop = re.compile(
            r"^(a|an|the|over|under|above|below|at|in|on|for|from|with|without|to|still|more|less|"
            r"older|younger|aged|eligible|able|likely|going|currently|already|also|being|been|not|"
            r"registered|employed|married|living|based|responsible|entitled|expected|due|part|"
            r"between|within|about|one|any|less|greater|getting|paying|receiving|claiming|"
            r"[a-z]+ed|[a-z]+ing)$",
            re.I,
        )
        j = 1
        while j < len(words) and j < 5 and not stop.match(words[j]):
            j += 1
        if j == len(words):
            j = min(2, len(words))
        return " ".join(words[:j]), " ".join(words[j:])
    return None


def _fix_subject(subj: str) -> str:
    s = second_to_first_person(subj)
    return s[0].upper() + s[1:] if s else s


def to_statement(question: str, answer: str = "yes", rng: random.Random | None = None) -> str | None:
    """A first-person statement asserting (``answer="yes"``) or denying (``"no"``) the question.

    ``rng`` picks among equivalent surface forms (contractions); without it the first
    (uncontracted) form is used, so the output is deterministic.
    """
    if answer not in ("yes", "no"):
        raise ValueError(f"answer must be 'yes' or 'no', got {answer!r}")
    q = re.sub(r"\s+", " ", question.replace("\u2019", "'")).strip().rstrip("?.! ").strip()
    if not q:
        return None
    words = q.split(" ", 1)
    aux = words[0].lower()
    if aux not in _AUX or len(words) < 2:
        return None
    split = _split_subject(words[1])
    if split is None:
        return None
    subj, pred = split
    if not pred and aux not in _DO:
        return None
    pred = second_to_first_person(pred)
    neg = answer == "no"
    pick = (lambda opts: rng.choice(opts)) if rng is not None else (lambda opts: opts[0])
    subj_l = subj.lower()
    you = subj_l == "you"
    they = subj_l in ("they", "we", "these", "those") or (subj_l.endswith("s") and not subj_l.endswith("ss") and subj_l not in ("this", "its", "his"))
    S = "I" if you else _fix_subject(subj)

    if aux in _BE:
        if you:
            be = "was" if aux == "were" else "am"
        elif aux in ("were",):
            be = "were"
        elif aux == "was":
            be = "was"
        else:
            be = "are" if (aux == "are" and they) else "is"
        if neg:
            if you and be == "am":
                form = pick(["I am not", "I'm not"])
            else:
                form = pick([f"{S} {be} not", f"{S} {be}n't"]) if be != "am" else f"{S} am not"
        else:
            form = pick(["I am", "I'm"]) if (you and be == "am") else f"{S} {be}"
        return f"{form} {pred}.".replace("  ", " ")
    if aux in _DO:
        if not pred:
            return None
        vwords = pred.split(" ", 1)
        verb, tail = vwords[0], (vwords[1] if len(vwords) > 1 else "")
        if neg:
            base = {"do": "do", "does": "does", "did": "did"}[aux]
            if aux == "do" and not you and not they:
                base = "does"
            form = pick([f"{S} {base} not", f"{S} {base}n't"])
            return f"{form} {verb} {tail}".strip() + "."
        if aux == "did":
            v = _past(verb)
        elif aux == "does" or (aux == "do" and not you and not they):
            v = _third(verb)
        else:
            v = verb
        return f"{S} {v} {tail}".strip() + "."
    if aux in _HAVE:
        if you:
            h = "had" if aux == "had" else "have"
        else:
            h = "had" if aux == "had" else ("have" if they or aux == "have" else "has")
        if neg:
            if pred.split(" ", 1)[0].lower() in ("been", "got", "had", "received", "paid", "lived", "worked", "made", "applied", "claimed", "used", "done", "left", "started", "moved", "taken", "given", "reached", "completed", "filed", "served", "spent", "become", "signed", "registered", "already", "ever"):
                pred2 = re.sub(r"^(already|ever) ", "", pred)
                form = pick([f"{S} {h} not", f"{S} {h}n't", f"{S} {h} never"])
                return f"{form} {pred2}.".replace("I'm", "I am")
            form = pick([f"{S} do not have", f"{S} don't have"]) if (you or they) else pick(
                [f"{S} does not have", f"{S} doesn't have"]
            )
            return f"{form} {pred}."
        return f"{S} {h} {pred}."
    # modal
    if neg:
        form = pick([f"{S} {_MODAL_NEG[aux][1]}", f"{S} {_MODAL_NEG[aux][0]}"])
    else:
        form = f"{S} {aux}"
    return f"{form} {pred}."
