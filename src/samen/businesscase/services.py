"""Writes on business cases: create and update, each checked by the engine, each versioned.

The inputs are checked by :func:`samen.businesscase.engine.validate.case_from_data`; its
problems become a Dutch ``ValidationError`` on ``inhoud`` (one message per problem, naming the
field). Nothing is stored when anything is wrong.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from samen.businesscase.engine.fileformat import case_to_data
from samen.businesscase.engine.model import Case
from samen.businesscase.engine.validate import CaseFout, case_from_data
from samen.businesscase.models import Businesscase, Businesscaseversie
from samen.core.services import fout, save_validated
from samen.logboek import versiecontrole

_ONGEWIJZIGD: Any = object()


def gecontroleerde_inhoud(inhoud: Case | dict[str, Any]) -> tuple[Case, dict[str, Any]]:
    """The case and its canonical data; a ValidationError on ``inhoud`` if it does not hold."""
    try:
        case = inhoud if isinstance(inhoud, Case) else case_from_data(inhoud)
    except CaseFout as exc:
        raise ValidationError({"inhoud": [str(m) for m in exc.meldingen]}) from exc
    data = case_to_data(case)
    case_from_data(data)  # the canonical form is a valid case too
    return case, data


def _check_links(verband: Any, terrein: Any, besluit: Any) -> None:
    if terrein is not None and terrein.samenwerkingsverband_id != verband.pk:
        raise fout("terrein", f"Het samenwerkingsterrein {terrein} hoort niet bij {verband}.")
    if besluit is not None and besluit.terrein_id is not None:
        if terrein is not None and besluit.terrein_id != terrein.pk:
            raise fout(
                "besluit",
                f"Het besluit '{besluit}' gaat over {besluit.terrein}, niet over {terrein}.",
            )
        if besluit.terrein.samenwerkingsverband_id != verband.pk:
            raise fout("besluit", f"Het besluit '{besluit}' hoort niet bij {verband}.")


def _vrije_slug(verband: Any, naam: str) -> str:
    basis = slugify(naam)[:45] or "businesscase"
    slug, n = basis, 1
    bestaand = Businesscase.objects.filter(samenwerkingsverband=verband)
    while bestaand.filter(slug=slug).exists():
        n += 1
        slug = f"{basis}-{n}"
    return slug


@transaction.atomic
def businesscase_create(
    *,
    samenwerkingsverband: Any,
    inhoud: Case | dict[str, Any],
    terrein: Any = None,
    besluit: Any = None,
    slug: str = "",
    door: Any = None,
    toelichting: str = "Aangemaakt.",
) -> Businesscase:
    case, data = gecontroleerde_inhoud(inhoud)
    _check_links(samenwerkingsverband, terrein, besluit)
    bc = Businesscase(
        samenwerkingsverband=samenwerkingsverband,
        naam=case.naam,
        slug=slug or _vrije_slug(samenwerkingsverband, case.naam),
        terrein=terrein,
        besluit=besluit,
        inhoud=data,
        aangemaakt_door=door if getattr(door, "pk", None) else None,
    )
    save_validated(bc)
    _versie(bc, door, toelichting)
    return bc


@transaction.atomic
def businesscase_update(
    *,
    businesscase: Businesscase,
    inhoud: Case | dict[str, Any] = _ONGEWIJZIGD,
    terrein: Any = _ONGEWIJZIGD,
    besluit: Any = _ONGEWIJZIGD,
    door: Any = None,
    toelichting: str = "",
    versie: str | None = None,
) -> Businesscase:
    """Change a stored case. ``versie``: the version token the editor saw (a hidden form field);
    when given and the case changed since, :class:`VersieConflict` and nothing is stored."""
    bc = Businesscase.objects.select_for_update().get(pk=businesscase.pk)
    if versie is not None:
        versiecontrole.controleer_versie(versie, versiecontrole.versie_token(bc))
    if inhoud is not _ONGEWIJZIGD:
        case, bc.inhoud = gecontroleerde_inhoud(inhoud)
        bc.naam = case.naam
    if terrein is not _ONGEWIJZIGD:
        bc.terrein = terrein
    if besluit is not _ONGEWIJZIGD:
        bc.besluit = besluit
    _check_links(bc.samenwerkingsverband, bc.terrein, bc.besluit)
    save_validated(bc)
    _versie(bc, door, toelichting or "Gewijzigd.")
    return bc


def _versie(bc: Businesscase, door: Any, toelichting: str) -> None:
    Businesscaseversie.objects.create(
        businesscase=bc,
        inhoud=bc.inhoud,
        opgeslagen_door=door if getattr(door, "pk", None) else None,
        toelichting=toelichting[:300],
    )
