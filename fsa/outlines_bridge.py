"""Build an ``outlines_core`` index for a regex (e.g. :func:`fsa.terms.term_regex`).

For users already on outlines: the same language as a :class:`fsa.tokens.TokenIndex`
but compiled by outlines_core from the regex.  The vocabulary is the one
:func:`fsa.vocab.decoded_vocabulary` recovers, so both agree token for token.

Usage::

    index = outlines_index(term_regex(ops, leaves, max_depth=4), tokenizer)
    index.get_allowed_tokens(index.get_initial_state())
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fsa.vocab import decoded_vocabulary


def outlines_vocabulary(vocabulary: Mapping[str, int], eos_token_id: int) -> Any:
    """An ``outlines_core.Vocabulary`` of decoded token texts (EOS left out, as it requires)."""
    from outlines_core import Vocabulary

    table: dict[str, list[int]] = {}
    for text, token_id in vocabulary.items():
        if token_id != eos_token_id and text:
            table.setdefault(text, []).append(token_id)
    return Vocabulary(eos_token_id, table)


def outlines_index(regex: str, tokenizer: Any, vocabulary: Mapping[str, int] | None = None) -> Any:
    """An ``outlines_core.Index`` of ``regex`` over ``tokenizer``'s decoded vocabulary.

    Pass ``vocabulary`` (text -> id) to reuse one already decoded.
    """
    from outlines_core import Index

    vocab = decoded_vocabulary(tokenizer) if vocabulary is None else vocabulary
    return Index(regex, outlines_vocabulary(vocab, tokenizer.eos_token_id))
