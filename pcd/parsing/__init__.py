"""Policy text → clauses, cited yes/no questions and an expression tree (see :func:`pcd.parse_policy`)."""

from .backends import available_backends, get_backend, register_backend

__all__ = ["available_backends", "get_backend", "register_backend"]
