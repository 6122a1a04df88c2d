"""Who may do what with reports. Builds on :mod:`samen.accounts.authz` (roles per organisation).

A report belongs to one organisation. Its drafts are for that organisation's redacteuren and
beheerders only: they create, edit, regenerate, publish and delete them; nobody else sees them,
not even a redacteur of a partner municipality. Published reports are read by everyone with a
role at that organisation, such as a council member (lezer).
"""

from __future__ import annotations

from typing import Any

from samen.accounts.authz import SCHRIJFROLLEN, rollen_van


def _actief(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and getattr(user, "is_active", False))


def mag_lezen(user: Any, organisatie: Any) -> bool:
    """May read the published reports of ``organisatie``."""
    if not _actief(user):
        return False
    if getattr(user, "is_superuser", False):
        return True
    return any(r.organisatie_id == organisatie.pk for r in rollen_van(user))


def mag_redigeren(user: Any, organisatie: Any) -> bool:
    """May see, create, edit and publish the drafts of ``organisatie``."""
    if not _actief(user):
        return False
    if getattr(user, "is_superuser", False):
        return True
    return any(
        r.organisatie_id == organisatie.pk and r.soort in SCHRIJFROLLEN for r in rollen_van(user)
    )


def organisaties_van(user: Any, *, redigeren: bool = False) -> list[Any]:
    """The organisations whose reports the user may read (or edit), by name."""
    if not _actief(user):
        return []
    if getattr(user, "is_superuser", False):
        from samen.organisaties.selectors import organisatie_list

        return list(organisatie_list())
    orgs = {
        r.organisatie.pk: r.organisatie
        for r in rollen_van(user)
        if not redigeren or r.soort in SCHRIJFROLLEN
    }
    return sorted(orgs.values(), key=lambda o: o.naam)
