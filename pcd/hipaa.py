"""HIPAA checks: the reviewed HIPAA pack (``corpora/trees/hipaa.json``) applied to a scenario.

    >>> from pcd import hipaa
    >>> len(hipaa.provision_ids()) > 10
    True

See :class:`pcd.regulation.Regulation` for ``check`` and ``check_many``.
"""

from .regulation import Regulation

__all__ = ["NAME", "check", "check_many", "pack", "provision_ids"]

NAME = "hipaa"
_regulation = Regulation(NAME)
check = _regulation.check
check_many = _regulation.check_many
pack = _regulation.pack
provision_ids = _regulation.provision_ids
