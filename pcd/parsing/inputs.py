"""Checks on the text handed to :func:`pcd.parse_policy`: clear errors, never a guess."""

from __future__ import annotations

MAX_CHARS = 200_000  # a policy longer than this is almost surely a mistake (or a whole book)


def check_policy_text(text: object) -> str:
    """Return ``text`` if it is a usable policy text; raise :class:`PolicyParseError` saying why not."""
    from ..policy import PolicyParseError

    if isinstance(text, (bytes, bytearray)):
        raise PolicyParseError("policy text must be str, got bytes: decode it first (e.g. text.decode('utf-8'))")
    if not isinstance(text, str):
        raise PolicyParseError(f"policy text must be str, got {type(text).__name__}")
    if not text.strip():
        raise PolicyParseError("policy text is empty or whitespace only")
    if len(text) > MAX_CHARS:
        raise PolicyParseError(f"policy text is {len(text):,} characters, over the {MAX_CHARS:,} limit: split it")
    if "\x00" in text:
        raise PolicyParseError("policy text looks binary (it contains NUL characters)")
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0xD800 <= ord(ch) <= 0xDFFF
              or ch == "\ufffd")
    if bad > max(3, len(text) // 20):
        raise PolicyParseError(f"policy text looks binary ({bad} control or undecodable characters "
                               f"in {len(text)})")
    if not any(ch.isalpha() for ch in text):
        raise PolicyParseError("policy text contains no letters")
    return text
