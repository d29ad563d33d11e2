"""Recover the text each token of a (transformers) tokenizer produces.

Byte-level BPE vocabularies (GPT-2, SmolLM2, Llama 3, ...) spell bytes with
printable stand-ins (``"Ġ"`` is a space); those are mapped back to bytes and
decoded.  Other vocabularies go through ``convert_tokens_to_string``, with the
SentencePiece word marker ``"▁"`` read as a space.

>>> byte_level_decoder()["Ġ"], byte_level_decoder()["a"]
(32, 97)
"""

from __future__ import annotations

import functools
import re
from typing import Any

_BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>")


@functools.cache
def byte_level_decoder() -> dict[str, int]:
    """GPT-2's table from stand-in character to byte (the inverse of ``bytes_to_unicode``)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    stand_in = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in stand_in:
            stand_in[b] = chr(256 + extra)
            extra += 1
    return {c: b for b, c in stand_in.items()}


def decoded_vocabulary(tokenizer: Any) -> dict[str, int]:
    """Map the text each ordinary token decodes to onto its id.

    Skipped: special tokens, tokens decoding to the empty string and tokens
    whose bytes are not valid UTF-8 on their own (pieces of a multi-byte
    character, which a character automaton cannot walk).  Should two tokens
    decode to the same text, the lower id is kept.
    """
    vocab: dict[str, int] = tokenizer.get_vocab()
    special = set(getattr(tokenizer, "all_special_ids", ()))
    for token_id, added in getattr(tokenizer, "added_tokens_decoder", {}).items():
        if getattr(added, "special", False):
            special.add(token_id)
    table = byte_level_decoder()
    ordinary = sorted((i, tok) for tok, i in vocab.items() if i not in special)
    byte_level = all(c in table for _, tok in ordinary for c in tok)

    out: dict[str, int] = {}
    for token_id, token in ordinary:
        if byte_level:
            raw = bytes(table[c] for c in token)
        elif (match := _BYTE_TOKEN.fullmatch(token)) is not None:
            raw = bytes([int(match.group(1), 16)])
        else:
            raw = None
        if raw is not None:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
        else:
            text = token.replace("▁", " ") if "▁" in token else tokenizer.convert_tokens_to_string([token])
        if text:
            out.setdefault(text, token_id)
    return out
