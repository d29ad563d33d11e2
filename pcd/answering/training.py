"""Training pairs for the scenario cross-encoder: real ShARC-train pairs, pairs synthesised
from gold dialog-tree paths of the train policies, real train scenarios augmented with
synthetic statements, and the curated corpus under ``corpora/qa``.

Nothing here reads the dev files: held-out policies stay held out.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from pcd.answering.statements import to_statement
from pcd.datasets.sharc import DialogTree, QAPair, normalize_question

__all__ = ["Example", "synth_from_trees", "synth_exclusion", "augment_real", "load_curated", "FILLERS", "LABELS", "slot"]

LABELS = ("yes", "no", "unknown")


@dataclass(frozen=True)
class Example:
    scenario: str
    question: str
    label: str
    source: str


# Hand-written neutral sentences mixed into synthetic scenarios so that not every sentence
# is decisive (written for this project; not taken from any dataset).
FILLERS = (
    "I have a few questions about my situation.",
    "A friend told me I should check this.",
    "I'm not sure what applies to me.",
    "I have been reading the guidance online.",
    "This is the first time I've looked into this.",
    "I want to do everything properly.",
    "My situation is a bit complicated.",
    "I called the helpline last week but couldn't get through.",
    "I'm trying to plan ahead for next year.",
    "Money has been tight recently.",
    "I'd like to sort this out soon.",
    "My partner suggested I ask.",
    "I don't know much about the rules.",
    "I filled in some forms already.",
    "It has been a stressful few months.",
    "I want to know where I stand.",
    "I moved house a couple of years ago.",
    "I like to keep my paperwork in order.",
    "I have two cats and a dog.",
    "The weather has been awful lately.",
    "I got a letter about this yesterday.",
    "I'm asking on behalf of my family.",
    "My accountant is on holiday.",
    "I read about this in the newspaper.",
)


def _join(sentences: Sequence[str], rng: random.Random) -> str:
    out = []
    for s in sentences:
        s = s.strip()
        if out and rng.random() < 0.2 and out[-1].endswith(".") and s[:2] in ("I ", "I'", "My"):
            out[-1] = out[-1][:-1] + " and " + (s if s.startswith("I") else s[0].lower() + s[1:])
        else:
            out.append(s)
    return " ".join(out)


# Question openings whose alternatives exclude each other in the way ShARC annotators read
# them ("I'm buying a sports car" -> "Is the item an ambulance?" No; "I live in Leeds" ->
# "Are you in New Zealand?" No). Chosen by hand from the most frequent openings of the
# ShARC-train tree questions.
EXCLUSIVE_SLOTS = frozenset({
    "are you a", "are you in", "is it a", "do you live", "are you the", "are you on", "is the service",
    "is it for", "is this benefit", "is the benefit", "is the loan", "is your browser", "are you exporting",
    "are you using", "is the item", "is the property", "is the purchase", "is your business", "are you from",
    "is the land", "is the vehicle", "is your employer", "is this a", "is the goods", "are you an",
})


def slot(question: str) -> str:
    """The first three words of a question, lower-cased, "an" -> "a" (its "slot")."""
    w = ["a" if x == "an" else x for x in normalize_question(question).split()]
    return " ".join(w[:3])


def synth_exclusion(trees: Iterable[DialogTree], rng: random.Random, per_question: int = 2) -> list[Example]:
    """Exclusion negatives: a scenario asserting a *different* alternative of the same slot
    ("The item is a computer." for "Is the item an ambulance?") answers the question "no";
    the stated alternative's own question is "yes"; other questions of the tree stay unknown
    unless a statement of them is added."""
    trees = list(trees)
    by_slot: dict[str, list[tuple[str, str]]] = defaultdict(list)  # slot -> [(tree_id, question)]
    for t in trees:
        for q in t.questions():
            if slot(q) in EXCLUSIVE_SLOTS and to_statement(q) is not None:
                by_slot[slot(q)].append((t.tree_id, q))
    out: list[Example] = []
    for t in trees:
        tqs = t.questions()
        for q in tqs:
            alts = [a for tid, a in by_slot.get(slot(q), []) if tid != t.tree_id and normalize_question(a) != normalize_question(q)]
            if not alts:
                continue
            for _ in range(per_question):
                alt = rng.choice(alts)
                sents = [to_statement(alt, "yes", rng)]
                labels = {normalize_question(q): "no"}
                others = [o for o in tqs if o != q and slot(o) != slot(q)]
                if others and rng.random() < 0.4:
                    o = rng.choice(others)
                    oa = rng.choice(("yes", "no"))
                    so = to_statement(o, oa, rng)
                    if so:
                        sents.append(so)
                        labels[normalize_question(o)] = oa
                if rng.random() < 0.3:
                    sents.append(rng.choice(FILLERS))
                rng.shuffle(sents)
                scenario = _join(sents, rng)
                out.append(Example(scenario, q, "no", "exclusion"))
                if rng.random() < 0.3:
                    out.append(Example(scenario, alt, "yes", "exclusion"))
                for o in tqs:
                    if o != q and slot(o) != slot(q) and rng.random() < 0.5:
                        out.append(Example(scenario, o, labels.get(normalize_question(o), "unknown"), "exclusion"))
    return out


def synth_from_trees(
    trees: Iterable[DialogTree],
    rng: random.Random,
    per_path: int = 2,
    p_distractor_question: float = 0.35,
    p_foreign_question: float = 0.35,
) -> list[Example]:
    """Scenarios built from gold paths: a subset of a path's (question, answer) facts written
    as first-person statements or their negations, mixed with distractor facts from other
    policies and neutral filler. Each tree question stated gets its answer, every other
    question of the tree is unknown; a distractor's question is asked with its answer; an
    unrelated question from another policy is asked as unknown."""
    trees = list(trees)
    pool = sorted({q for t in trees for q in t.questions() if to_statement(q) is not None})
    out: list[Example] = []
    for tree in trees:
        tqs = tree.questions()
        tkeys = {normalize_question(q) for q in tqs}
        tslots = {slot(q) for q in tqs}
        for path, _leaf in tree.paths():
            for _ in range(per_path):
                facts = [(q, a) for q, a in path]
                n = rng.randint(1, len(facts))
                stated = rng.sample(facts, n)
                sents: list[str] = []
                labels: dict[str, str] = {}
                for q, a in stated:
                    s = to_statement(q, a, rng)
                    if s is not None:
                        sents.append(s)
                        labels[normalize_question(q)] = a
                if not sents:
                    continue
                distractors = []
                for _ in range(rng.choice((0, 1, 1, 2))):
                    dq = rng.choice(pool)
                    if normalize_question(dq) in tkeys or slot(dq) in tslots:
                        continue
                    da = rng.choice(("yes", "no"))
                    s = to_statement(dq, da, rng)
                    if s:
                        sents.append(s)
                        distractors.append((dq, da))
                if rng.random() < 0.35:
                    sents.append(rng.choice(FILLERS))
                rng.shuffle(sents)
                scenario = _join(sents, rng)
                for q in tqs:
                    out.append(Example(scenario, q, labels.get(normalize_question(q), "unknown"), "synth"))
                if distractors and rng.random() < p_distractor_question:
                    dq, da = rng.choice(distractors)
                    out.append(Example(scenario, dq, da, "synth"))
                if rng.random() < p_foreign_question:
                    fq = rng.choice(pool)
                    fk = normalize_question(fq)
                    if fk not in tkeys and slot(fq) not in tslots and all(fk != normalize_question(d) for d, _ in distractors):
                        out.append(Example(scenario, fq, "unknown", "synth"))
    return out


def augment_real(pairs: Iterable[QAPair], rng: random.Random, per_scenario: int = 1) -> list[Example]:
    """Real train scenarios with one synthetic statement added for a question the scenario
    leaves unknown: that question gets the statement's answer, the scenario's evidence
    pairs keep theirs, the other unknown questions stay unknown."""
    groups: dict[tuple[str, str], list[QAPair]] = defaultdict(list)
    for p in pairs:
        groups[(p.policy, p.scenario)].append(p)
    out: list[Example] = []
    for (_policy, scenario), ps in groups.items():
        unknown = [p for p in ps if p.label == "unknown" and to_statement(p.question) is not None]
        for _ in range(per_scenario):
            if not unknown:
                break
            target = rng.choice(unknown)
            a = rng.choice(("yes", "no"))
            s = to_statement(target.question, a, rng)
            new = f"{scenario} {s}" if rng.random() < 0.7 else f"{s} {scenario}"
            for p in ps:
                label = a if p is target else p.label
                out.append(Example(new, p.question, label, "augmented"))
    return out


def drop_covered_unknowns(pairs: Iterable[QAPair], min_share: float) -> list[QAPair]:
    """Real pairs without the "unknown" ones whose question the scenario all but states.

    A real pair is "unknown" when no record lists its question in evidence, and annotators did not always list what
    the scenario plainly says ("My child claims tax credits for themselves." / "Are they claiming tax credits for
    themselves?" is unknown in ShARC-train). An unknown pair whose question's content words the scenario holds at
    least ``min_share`` of is left out, not relabelled: the share says the scenario is about it, not what it answers.

    >>> from pcd.datasets.sharc import QAPair
    >>> kept = drop_covered_unknowns([QAPair("p", "I have a bank account.", "Do you have a bank account?", "unknown",
    ...                                      "tree")], 0.67)
    >>> kept
    []
    """
    from pcd.parsing.words import content_words

    def share(p: QAPair) -> float:
        q = set(content_words(p.question))
        return len(q & set(content_words(p.scenario))) / max(1, len(q))

    return [p for p in pairs if p.label != "unknown" or share(p) < min_share]


def reword_by_parser(pairs: Iterable[QAPair], snippets: dict[str, str], min_f1: float = 0.5) -> list[Example]:
    """Real pairs asked again in the words our rules parser gives the same condition.

    End to end, the answerer reads the parser's questions ("Do you reach State Pension age?"), not the gold
    dialog's ("Have you reached State Pension age?"). Each real pair whose gold question aligns with a parser
    question of its policy (content-word F1 >= ``min_f1``, the alignment ``pcd eval trees`` uses) is repeated
    with that question and the same label; identical wordings are skipped."""
    from ..eval.trees import f1
    from ..policy import parse_policy

    parsed: dict[str, list[str]] = {}
    out: list[Example] = []
    for p in pairs:
        if p.policy not in snippets:
            continue
        if p.policy not in parsed:
            parsed[p.policy] = [q.text for q in parse_policy(snippets[p.policy]).questions]
        score, best = max(((f1(q, p.question), q) for q in parsed[p.policy]), default=(0.0, ""))
        if score >= min_f1 and normalize_question(best) != normalize_question(p.question):
            out.append(Example(p.scenario, best, p.label, "parsed"))
    return out


def load_curated(folder: str | Path) -> list[Example]:
    """Every ``*.jsonl`` file of the curated corpus: rows {"scenario", "question", "answer"}."""
    out: list[Example] = []
    for f in sorted(Path(folder).glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            label = row["answer"].lower()
            if label not in LABELS:
                raise ValueError(f"{f}: bad answer {row['answer']!r}")
            out.append(Example(row["scenario"], row["question"], label, f"curated:{f.stem}"))
    return out


def label_counts(examples: Iterable[Example]) -> dict:
    c: Counter = Counter()
    for e in examples:
        c[(e.source.split(":")[0], e.label)] += 1
    return {f"{s}/{l}": n for (s, l), n in sorted(c.items())}
