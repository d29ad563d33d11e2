"""Is the user's question about what the policy decides?  A small measured model.

Features are MiniLM cosine similarities between the user's question and the policy
(the whole text, its best-matching line, its heading/first line) and the share of the
question's content words the policy uses. A logistic regression
over them, trained by ``scripts/train_relevance.py`` on ShARC-train policies (each
policy's own question against questions drawn from other policies), gives the
probability that the question is relevant; below :attr:`RelevanceModel.threshold` the
check answers ``not_applicable``. Weights and their card live in
``pcd/models/relevance.json``.

    >>> model = RelevanceModel(weights=[8.0, 0.0, 0.0, 0.0], bias=-3.0, threshold=0.5)
    >>> round(model.probability_from_features([0.6, 0.0, 0.0, 0.0]), 2)
    0.86
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

FEATURES = ("cos_text", "cos_best_line", "cos_first_line", "word_overlap")
_LINE = re.compile(r"[^\n]+")


def policy_lines(text: str) -> list[str]:
    """Non-empty lines with markdown markers stripped (headings, bullets)."""
    lines = [re.sub(r"^\s*(#+|[*\-•]|\(?[0-9a-z]{1,3}[.)])\s*", "", m.group()).strip() for m in _LINE.finditer(text)]
    return [line for line in lines if line] or [text.strip()]


def features(question_vecs: np.ndarray, text_vecs: np.ndarray, line_vecs: list[np.ndarray],
             overlaps: Sequence[float]) -> np.ndarray:
    """(n, 4) features for n (question, policy) pairs from normalised embeddings and word overlaps."""
    rows = []
    for q, t, lines, overlap in zip(question_vecs, text_vecs, line_vecs, overlaps):
        sims = lines @ q
        rows.append([float(t @ q), float(sims.max()), float(sims[0]), overlap])
    return np.asarray(rows, dtype=np.float64)


def word_overlap(question: str, text: str) -> float:
    """The share of the question's content words that the policy text uses (0 when it has none).

    >>> word_overlap("Can I display this sign?", "Signs may be displayed on the premises.")
    1.0
    >>> word_overlap("Can I get Child Benefit?", "You can claim a pension.")
    0.0
    """
    asked = _content_set(question)
    return len(asked & _content_set(text)) / len(asked) if asked else 0.0


@lru_cache(maxsize=256)
def _content_set(text: str) -> frozenset[str]:
    """Content words, cached: one policy text is checked against many questions."""
    from .parsing.words import content_sequence

    return frozenset(content_sequence(text))


def pair_features(questions: list[str], texts: list[str]) -> np.ndarray:
    """(n, 4) features of n (question, policy text) pairs."""
    lines = [policy_lines(t) for t in texts]
    vecs = embed_cached({*questions, *texts, *(line for ls in lines for line in ls)})
    return features(np.stack([vecs[q] for q in questions]), np.stack([vecs[t] for t in texts]),
                    [np.stack([vecs[line] for line in ls]) for ls in lines],
                    [word_overlap(q, t) for q, t in zip(questions, texts)])


@dataclass(frozen=True)
class RelevanceModel:
    weights: Sequence[float]
    bias: float
    threshold: float = 0.5
    card: dict = field(default_factory=dict, compare=False)

    def probability_from_features(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, row))
        return 1.0 / (1.0 + math.exp(-z))

    def probabilities(self, questions: list[str], texts: list[str]) -> list[float]:
        """P(relevant) for each (question, policy text) pair, batched through the embedder."""
        return [self.probability_from_features(row) for row in pair_features(questions, texts)]

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "weights": list(self.weights), "bias": self.bias,
                "threshold": self.threshold, "card": self.card}


def embed_cached(texts: set[str] | list[str]) -> dict[str, np.ndarray]:
    """Embeddings by text (the embedder caches, so a policy's lines are embedded once)."""
    from .answering.embed import embed

    order = list(texts)
    return dict(zip(order, embed(order)))


@lru_cache(maxsize=1)
def default_model() -> RelevanceModel:
    """The committed model (``pcd/models/relevance.json``)."""
    doc = json.loads(resources.files("pcd").joinpath("models/relevance.json").read_text())
    return model_from_dict(doc)


def model_from_dict(doc: dict) -> RelevanceModel:
    """A model from its JSON form, refusing one trained on other features (weights would pair with the wrong ones).

    >>> model_from_dict({"features": ["cos_text"], "weights": [1.0], "bias": 0.0, "threshold": 0.5})
    Traceback (most recent call last):
    ...
    ValueError: relevance model was trained on features ['cos_text'], this pcd computes ['cos_text', 'cos_best_line', 'cos_first_line', 'word_overlap']; retrain it with scripts/train_relevance.py
    """
    if list(doc.get("features", [])) != list(FEATURES) or len(doc["weights"]) != len(FEATURES):
        raise ValueError(f"relevance model was trained on features {list(doc.get('features', []))}, this pcd computes "
                         f"{list(FEATURES)}; retrain it with scripts/train_relevance.py")
    return RelevanceModel(doc["weights"], doc["bias"], doc["threshold"], doc.get("card", {}))
