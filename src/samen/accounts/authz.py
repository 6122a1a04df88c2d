"""Authorization: the one place that decides who may do what. Default deny.

Pages, forms, the admin and (later) the API and the command line ask :func:`may`. A user may
*read* the register when they hold any role. A user may *edit* a domain of an alliance (or a body
of that alliance) when they are redacteur or beheerder at an organisation that is a member
(``lid``) of that alliance today, and a body of one organisation (its college) when they are
redacteur or beheerder there. *Edit* without an object asks whether the user may edit anything
(to show a form; the object is checked again when the form is sent). Superusers may do everything.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from django.utils import timezone

from samen.accounts.models import Rol


class Actie(enum.StrEnum):
    LEZEN = "lezen"
    BEWERKEN = "bewerken"
    BEHEREN = "beheren"


SCHRIJFROLLEN = {Rol.Soort.BEHEERDER, Rol.Soort.REDACTEUR}


def _rollen(user: Any) -> list[Rol]:
    cache = getattr(user, "_samen_rollen", None)
    if cache is None:
        cache = list(Rol.objects.filter(gebruiker=user).select_related("organisatie"))
        user._samen_rollen = cache
    return cache


def rollen_van(user: Any) -> list[Rol]:
    if not getattr(user, "is_authenticated", False):
        return []
    return _rollen(user)


def _lid_organisaties(samenwerkingsverband_id: int, peildatum: dt.date) -> set[int]:
    from samen.organisaties.selectors import lidmaatschappen_op

    return {
        lm.organisatie_id
        for lm in lidmaatschappen_op(peildatum=peildatum).filter(
            samenwerkingsverband_id=samenwerkingsverband_id, status="lid"
        )
    }


def may(user: Any, actie: Actie, obj: Any = None) -> bool:
    """Whether ``user`` may perform ``actie`` on ``obj`` (a domain, an alliance, or nothing)."""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    if getattr(user, "is_superuser", False):
        return True
    rollen = _rollen(user)
    if actie == Actie.LEZEN:
        return bool(rollen)
    if actie == Actie.BEHEREN:
        return any(r.soort == Rol.Soort.BEHEERDER for r in rollen)
    if actie == Actie.BEWERKEN:
        schrijvend = {r.organisatie_id for r in rollen if r.soort in SCHRIJFROLLEN}
        if obj is None:  # may the user edit anything at all (to show a form)?
            return bool(schrijvend)
        if obj.__class__.__name__ == "Orgaan" and obj.organisatie_id is not None:
            return obj.organisatie_id in schrijvend  # a body of one organisation: its college
        verband_id = _samenwerkingsverband_id(obj)
        if verband_id is None:
            return False
        return bool(schrijvend & _lid_organisaties(verband_id, timezone.localdate()))
    return False


def _samenwerkingsverband_id(obj: Any) -> int | None:
    if obj is None:
        return None
    for attr in ("samenwerkingsverband_id",):
        if hasattr(obj, attr):
            return getattr(obj, attr)
    terrein = getattr(obj, "terrein", None)
    if terrein is not None:
        return terrein.samenwerkingsverband_id
    if obj.__class__.__name__ == "Samenwerkingsverband":
        return obj.pk
    return None
