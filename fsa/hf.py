"""A transformers ``LogitsProcessor`` that keeps generation inside a language.

Importing this module imports torch and transformers; ``import fsa`` does not
(``fsa.ConstrainedLogitsProcessor`` loads it on first use).

Usage, with ``index`` a :class:`fsa.tokens.TokenIndex` over the model's tokenizer::

    prompt = tokenizer(text, return_tensors="pt").input_ids
    processor = ConstrainedLogitsProcessor(index, prompt_length=prompt.shape[1])
    model.generate(prompt, logits_processor=[processor], max_new_tokens=64)
"""

from __future__ import annotations

from collections.abc import Hashable

import torch
from transformers import LogitsProcessor

from fsa.errors import AutomatonError
from fsa.tokens import TokenIndex


class ConstrainedLogitsProcessor(LogitsProcessor):
    """Set to ``-inf`` the score of every token the language does not allow next.

    Each row's state is found from its tokens after ``prompt_length`` (all rows
    share the prompt length, as with left padding).  A row that has emitted EOS
    may only repeat EOS.  With ``max_new_tokens`` the remaining budget is
    respected too, so output cut off at the limit is still accepted.
    """

    def __init__(self, index: TokenIndex, prompt_length: int, max_new_tokens: int | None = None) -> None:
        self.index = index
        self.prompt_length = prompt_length
        self.max_new_tokens = max_new_tokens
        self._states: dict[tuple[int, ...], Hashable] = {}  # rows seen at the last call

    def state_of(self, generated: tuple[int, ...]) -> Hashable | None:
        """Automaton state after ``generated`` tokens; ``None`` once EOS was emitted."""
        index, eos = self.index, self.index.eos_token_id
        if eos in generated:
            return None
        known = self._states.get(generated)
        if known is not None:
            return known
        parent = self._states.get(generated[:-1]) if generated else None
        if parent is not None:
            return index.advance(parent, generated[-1])
        state = index.initial_state
        for token_id in generated:
            state = index.advance(state, token_id)
        return state

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        allowed = torch.zeros_like(scores, dtype=torch.bool)
        width = scores.shape[-1]
        states: dict[tuple[int, ...], Hashable] = {}
        for row, ids in enumerate(input_ids[:, self.prompt_length :].tolist()):
            generated = tuple(ids)
            state = self.state_of(generated)
            if state is None:
                ids_ok = [self.index.eos_token_id]
            else:
                states[generated] = state
                budget = None if self.max_new_tokens is None else self.max_new_tokens - len(generated)
                ids_ok = self.index.allowed_token_ids(state, budget=budget)
            ids_ok = [t for t in ids_ok if t < width]
            if not ids_ok:
                raise AutomatonError(f"no token of the vocabulary may follow row {row}'s output", state=state)
            allowed[row, ids_ok] = True
        self._states = states
        return scores.masked_fill(~allowed, float("-inf"))
