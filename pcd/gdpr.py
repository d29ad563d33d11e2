"""GDPR checks: the reviewed GDPR pack (``corpora/trees/gdpr.json``) applied to a scenario.

    >>> from pcd import gdpr
    >>> len(gdpr.provision_ids()) > 10
    True

See :class:`pcd.regulation.Regulation` for ``check`` and ``check_many``.
"""

from .regulation import Regulation

__all__ = ["NAME", "check", "check_many", "pack", "provision_ids"]

NAME = "gdpr"
_regulation = Regulation(NAME)
check = _regulation.check
check_many = _regulation.check_many
pack = _regulation.pack
provision_ids = _regulation.provision_ids
