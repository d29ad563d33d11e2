"""The default scenario answerer: all-MiniLM-L6-v2 fine-tuned as a 3-way cross-encoder
over (question, scenario), weights committed under ``pcd/models/answerer``.

Input is ``[CLS] question [SEP] scenario [SEP]``, truncating the scenario only, at most
``max_length`` tokens (ShARC scenarios are at most ~80 tokens). Pairs are sorted by
length and padded to each batch's longest. At load time the Linear layers (all but the 3-way head) become
int8 with one scale per token row and per output channel (:mod:`pcd.answering.int8`), so a pair scores the same
alone or in any batch; ``quantize=False``, or a torch without int8 matrix products, keeps fp32.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from pcd.answering.base import Answerer
from pcd.answering.reading import Reading, readings
from pcd.answering.registry import register_answerer
from pcd.answering.text import best_sentence
from pcd.answering.types import Answer, Evidence

__all__ = ["CrossEncoderModel", "CrossEncoderAnswerer", "DEFAULT_MODEL_DIR", "LABELS"]

LABELS = ("yes", "no", "unknown")
DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "answerer"


class CrossEncoderModel:
    """A tokenizer + sequence-classification model scoring (question, scenario) pairs."""

    def __init__(self, model, tokenizer, max_length: int = 128, batch_size: int = 64):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.batch_size = batch_size

    @classmethod
    def load(cls, folder: str | Path = DEFAULT_MODEL_DIR, quantize: bool = True, **kw) -> "CrossEncoderModel":
        from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

        from pcd.answering.int8 import int8_available, to_int8
        from pcd.answering.weights import WEIGHTS_FILE, load_int8

        folder = Path(folder)
        if not (folder / WEIGHTS_FILE).exists() and not (folder / "model.safetensors").exists():
            raise FileNotFoundError(
                f"no cross-encoder weights in {folder} (expected {WEIGHTS_FILE}); "
                "train them with scripts/train_answerer.py"
            )
        config = BertConfig.from_pretrained(folder)
        tok = AutoTokenizer.from_pretrained(folder)
        if (folder / WEIGHTS_FILE).exists():
            model = BertForSequenceClassification(config)
            missing, unexpected = model.load_state_dict(load_int8(folder), strict=False)
            missing = [m for m in missing if "position_ids" not in m]
            if missing or unexpected:
                raise RuntimeError(f"weights do not match the config: missing {missing}, unexpected {unexpected}")
        else:
            model = BertForSequenceClassification.from_pretrained(folder)
        model.eval()
        if quantize and int8_available():
            model = to_int8(model)
        meta = {}
        if (folder / "pcd_answerer.json").exists():
            meta = json.loads((folder / "pcd_answerer.json").read_text())
        kw.setdefault("max_length", meta.get("max_length", 128))
        return cls(model, tok, **kw)

    def predict_proba(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Probabilities (n, 3) over (yes, no, unknown) for (question, scenario) pairs."""
        import torch

        n = len(pairs)
        out = np.zeros((n, 3), dtype=np.float32)
        if n == 0:
            return out
        enc = self.tokenizer(
            [q for q, _ in pairs], [s for _, s in pairs],
            truncation="only_second", max_length=self.max_length, padding=False,
        )
        ids = enc["input_ids"]
        tt = enc.get("token_type_ids")
        order = sorted(range(n), key=lambda i: len(ids[i]))
        pad = self.tokenizer.pad_token_id or 0
        with torch.inference_mode():
            for b in range(0, n, self.batch_size):
                idx = order[b : b + self.batch_size]
                L = max(len(ids[i]) for i in idx)
                x = torch.full((len(idx), L), pad, dtype=torch.long)
                m = torch.zeros((len(idx), L), dtype=torch.long)
                t = torch.zeros((len(idx), L), dtype=torch.long)
                for r, i in enumerate(idx):
                    x[r, : len(ids[i])] = torch.tensor(ids[i])
                    m[r, : len(ids[i])] = 1
                    if tt is not None:
                        t[r, : len(ids[i])] = torch.tensor(tt[i])
                logits = self.model(input_ids=x, attention_mask=m, token_type_ids=t).logits
                out[idx] = torch.softmax(logits.float(), dim=-1).numpy()
        return out


def model_rows(items) -> tuple[list[list[Reading]], list[Reading]]:
    """What a scenario model reads for each question of each (questions, scenario, history) item
    (:mod:`pcd.answering.reading`), and the flat list of those with something to read: the model's rows."""
    per_item = readings(items)
    return per_item, [r for rs in per_item for r in rs if r.text]


def answers_per_item(name: str, per_item: list[list[Reading]], probs) -> list[list[Answer]]:
    """Split a flat (rows, 3) probability array (one row per reading with text, in order) back into one
    answer list per item; a question with nothing to read is "unknown"."""
    out, k = [], 0
    for rs in per_item:
        answers = []
        for r in rs:
            answers.append(reading_answer(name, r, probs[k] if r.text else None))
            k += bool(r.text)
        out.append(answers)
    return out


def reading_answer(name: str, r: Reading, p: np.ndarray | None) -> Answer:
    """The answer from (yes, no, unknown) probabilities, citing the best-matching sentence read: a scenario
    sentence, or the prior turn whose fact was read with the scenario."""
    if p is None:
        return Answer(r.question, "unknown", 1.0, Evidence(), name)
    k = int(np.argmax(p))
    value = LABELS[k]
    ev = Evidence()
    if value != "unknown":
        best = best_sentence(r.question, r.text)
        if best is not None:
            turn = r.source(*best[1])
            ev = Evidence("history", turn[1], None, turn[0]) if turn else Evidence("scenario", best[0], best[1])
    return Answer(r.question, value, float(min(1.0, max(0.0, p[k]))), ev, name)


@register_answerer("cross-encoder")
class CrossEncoderAnswerer(Answerer):
    """Our fine-tuned MiniLM cross-encoder; loads lazily, once per instance."""

    name = "cross-encoder"

    def __init__(self, model_dir: str | Path | None = None, quantize: bool = True, batch_size: int = 64):
        self.model_dir = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
        self.quantize = quantize
        self.batch_size = batch_size
        self._model: CrossEncoderModel | None = None
        self._lock = threading.Lock()

    @property
    def model(self) -> CrossEncoderModel:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = CrossEncoderModel.load(self.model_dir, quantize=self.quantize, batch_size=self.batch_size)
        return self._model

    def answer_many(self, items):
        per_item, rows = model_rows(items)
        probs = self.model.predict_proba([(r.question, r.text) for r in rows]) if rows else np.zeros((0, 3))
        return answers_per_item(self.name, per_item, probs)

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
