"""Authorization: the one place that decides who may do what. Default deny.

Pages, forms, the admin and (later) the API and the command line ask :func:`may`. A user may
*read* the register when they hold any role. A user may *edit* a domain of an alliance (or a body
of that alliance) when they are redacteur or beheerder at an organisation that is a member
(``lid``) of that alliance today, and a body of one organisation (its college) when they are
redacteur or beheerder there. *Edit* without an object asks whether the user may edit anything
(to show a form; the object is checked again when the form is sent). Superusers may do everything.

Personal data (the staff of the kwaliteitskaart: skills and absences) follows its own rule, the
same for pages, selectors and exports:

- *personeel lezen* (:data:`Actie.PERSONEEL_LEZEN`, :func:`personeel_zicht` ``VOLLEDIG``): any
  role at the employee's own organisation sees its people in detail: name, department, hours,
  skills, and the type of an absence (verlof, ziek, overig).
- a partner (a redacteur, beheerder or personeelsfunctionaris at an organisation that is ``lid`` of
  an alliance the employee's organisation is ``lid`` of, today) sees what substitution needs
  (``FUNCTIE``): a pseudonym, the organisation, the specialisms with their level, and "afwezig"
  without its type; no name, department or hours. A partner who must know who stands in for one of
  their own tasks sees that substitute's name on the plan (:func:`vervanger_naam_zichtbaar`).
- a lezer of another organisation sees no personal details at all (``GEEN``): aggregates only.
- *personeel bewerken* (:data:`Actie.PERSONEEL_BEWERKEN`): a personeelsfunctionaris or beheerder
  of the employee's organisation registers and edits its people, skills and absences.
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
    PERSONEEL_LEZEN = "personeel_lezen"
    PERSONEEL_BEWERKEN = "personeel_bewerken"
    GEGEVENS_AANLEVEREN = "gegevens_aanleveren"  # gegevensbeheer (issue 6): upload a dataset


SCHRIJFROLLEN = {Rol.Soort.BEHEERDER, Rol.Soort.REDACTEUR}
PERSONEELSROLLEN = {Rol.Soort.BEHEERDER, Rol.Soort.PERSONEELSFUNCTIONARIS}


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
    if actie == Actie.PERSONEEL_LEZEN:
        eigen = {r.organisatie_id for r in rollen}
        return bool(eigen) if obj is None else _organisatie_id(obj) in eigen
    if actie == Actie.PERSONEEL_BEWERKEN:
        personeel = {r.organisatie_id for r in rollen if r.soort in PERSONEELSROLLEN}
        return bool(personeel) if obj is None else _organisatie_id(obj) in personeel
    if actie == Actie.GEGEVENS_AANLEVEREN:
        return _gegevens_aanleveren(rollen, obj)
    return False


# --- gegevensbeheer (issue 6): who delivers datasets for which organisation -----------------------


def _gegevens_aanleveren(rollen: list[Rol], obj: Any) -> bool:
    """A redacteur or beheerder of an organisation uploads datasets for that organisation only
    (``obj`` is the organisation, its id, or a record with ``organisatie_id``); without an
    object: may the user upload for any organisation at all."""
    eigen = {r.organisatie_id for r in rollen if r.soort in SCHRIJFROLLEN}
    return bool(eigen) if obj is None else _organisatie_id(obj) in eigen


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


# --- personal data: the staff of the kwaliteitskaart --------------------------------------------


class PersoneelZicht(enum.IntEnum):
    """How much of an employee a user may see (see the module docstring)."""

    GEEN = 0
    FUNCTIE = 1
    VOLLEDIG = 2


def _organisatie_id(obj: Any) -> int | None:
    """The organisation an object of personal data belongs to (an organisation is its own)."""
    if obj is None:
        return None
    if isinstance(obj, int):
        return obj
    if obj.__class__.__name__ == "Organisatie":
        return int(obj.pk)
    if hasattr(obj, "organisatie_id"):
        return obj.organisatie_id  # type: ignore[no-any-return]
    medewerker = getattr(obj, "medewerker", None)
    if medewerker is not None:
        return medewerker.organisatie_id  # type: ignore[no-any-return]
    return None


def partnerorganisaties(user: Any) -> set[int]:
    """Organisations that share an alliance today (both ``lid``) with an organisation where the
    user holds a role other than lezer. The user's own organisations are included."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cache = getattr(user, "_samen_partners", None)
    if cache is not None:
        return set(cache)
    from samen.organisaties.selectors import lidmaatschappen_op

    eigen = {r.organisatie_id for r in _rollen(user) if r.soort != Rol.Soort.LEZER}
    partners: set[int] = set(eigen)
    if eigen:
        leden = lidmaatschappen_op(peildatum=timezone.localdate()).filter(status="lid")
        verbanden = {lm.samenwerkingsverband_id for lm in leden if lm.organisatie_id in eigen}
        partners |= {lm.organisatie_id for lm in leden if lm.samenwerkingsverband_id in verbanden}
    user._samen_partners = frozenset(partners)
    return partners


def personeel_zicht(user: Any, organisatie: Any) -> PersoneelZicht:
    """How much ``user`` may see of the employees of ``organisatie`` (an object or id)."""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return PersoneelZicht.GEEN
    if getattr(user, "is_superuser", False):
        return PersoneelZicht.VOLLEDIG
    organisatie_id = _organisatie_id(organisatie)
    if organisatie_id in {r.organisatie_id for r in _rollen(user)}:
        return PersoneelZicht.VOLLEDIG
    if organisatie_id in partnerorganisaties(user):
        return PersoneelZicht.FUNCTIE
    return PersoneelZicht.GEEN


def afwezigheidssoort_zichtbaar(user: Any, organisatie: Any) -> bool:
    """Only the employee's own organisation sees whether an absence is verlof, ziek or overig."""
    return personeel_zicht(user, organisatie) == PersoneelZicht.VOLLEDIG


def vervanger_naam_zichtbaar(
    user: Any, *, vervanger_organisatie: Any, taak_organisatie: Any
) -> bool:
    """Whether the user sees the name of the person who stands in for a task: their own people,
    and anyone standing in for a task of the user's organisation when the user holds a role there
    other than lezer (they need to know who comes)."""
    if personeel_zicht(user, vervanger_organisatie) == PersoneelZicht.VOLLEDIG:
        return True
    taak_id = _organisatie_id(taak_organisatie)
    return any(
        r.organisatie_id == taak_id and r.soort != Rol.Soort.LEZER for r in rollen_van(user)
    ) and getattr(user, "is_active", False)
