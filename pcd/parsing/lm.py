"""Placeholder; replaced below."""
from .backends import register_backend


@register_backend("lm")
class LMBackend:
    def __init__(self, **kw):
        pass
