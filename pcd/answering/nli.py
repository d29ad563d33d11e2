"""A local NLI model (any transformers sequence-classification directory) as an answerer.

Premise: the scenario; hypothesis: the question rewritten as a first-person statement
("Are you over 65?" -> "I am over 65."). Labels are mapped by name from
``config.id2label``: entailment -> yes, contradiction -> no, neutral -> unknown.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pcd.answering.base import Answerer
from pcd.answering.cross_encoder import answers_per_item, model_rows
from pcd.answering.registry import register_answerer
from pcd.answering.statements import to_statement

__all__ = ["NLIAnswerer", "map_nli_labels"]


def map_nli_labels(id2label: dict) -> list[int]:
    """Indexes of the (entailment, contradiction, neutral) logits; ValueError if a label is missing."""
    found = {}
    for i, name in id2label.items():
        n = str(name).lower()
        for key, value in (("entail", "yes"), ("contradict", "no"), ("neutral", "unknown")):
            if n.startswith(key):
                found[value] = int(i)
    missing = [v for v in ("yes", "no", "unknown") if v not in found]
    if missing:
        raise ValueError(
            f"cannot map NLI labels {dict(id2label)}: need entailment, contradiction and neutral labels"
        )
    return [found["yes"], found["no"], found["unknown"]]


@register_answerer("nli")
class NLIAnswerer(Answerer):
    name = "nli"

    def __init__(self, model_dir: str | Path | None = None, batch_size: int = 32, max_length: int = 256):
        if model_dir is None:
            raise ValueError("the nli answerer needs model_dir= (a local sequence-classification NLI model directory)")
        self.model_dir = Path(model_dir)
        if not self.model_dir.is_dir():
            raise FileNotFoundError(f"NLI model directory {self.model_dir} not found")
        self.batch_size = batch_size
        self.max_length = max_length
        self._loaded = None

    def _load(self):
        if self._loaded is None:
            from transformers import AutoModelForSequenceClassification, AutoTokenizer

            tok = AutoTokenizer.from_pretrained(self.model_dir)
            model = AutoModelForSequenceClassification.from_pretrained(self.model_dir).eval()
            self._loaded = (tok, model, map_nli_labels(model.config.id2label))
        return self._loaded

    def _probs(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        import torch

        tok, model, cols = self._load()
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        with torch.inference_mode():
            for b in range(0, len(pairs), self.batch_size):
                chunk = pairs[b : b + self.batch_size]
                enc = tok([s for s, _ in chunk], [h for _, h in chunk], truncation=True, max_length=self.max_length,
                          padding=True, return_tensors="pt")
                logits = model(**enc).logits.float()
                p = torch.softmax(logits, dim=-1)[:, cols]
                out[b : b + len(chunk)] = (p / p.sum(-1, keepdim=True)).numpy()
        return out

    def answer_many(self, items):
        per_item, rows = model_rows(items)
        flat = [(r.text, to_statement(r.question, "yes") or r.question) for r in rows]
        probs = self._probs(flat) if flat else np.zeros((0, 3))
        return answers_per_item(self.name, per_item, probs)

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
