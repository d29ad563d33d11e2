"""Ready policy packs (HIPAA, GDPR): references like ``"hipaa:164.508(a)(1)"``.

Until the packs ship their reviewed trees, a reference resolves to nothing and the
text is parsed as policy text.
"""

from __future__ import annotations

from .policy import Policy


def resolve_pack_reference(reference: str) -> Policy | None:
    """The pack policy a reference names, or None when ``reference`` is not a pack reference."""
    return None
