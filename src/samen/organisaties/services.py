"""Writes on organisations, people, alliances and memberships. Keyword-only, validated, atomic."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from samen.core.dates import format_datum
from samen.core.services import fout, save_validated
from samen.organisaties.models import (
    Inwonertal,
    Lidmaatschap,
    Organisatie,
    Persoon,
    Samenwerkingsverband,
)


def organisatie_create(
    *,
    naam: str,
    slug: str,
    soort: str,
    cbs_code: str = "",
    website: str = "",
    adres: str = "",
) -> Organisatie:
    return save_validated(
        Organisatie(
            naam=naam, slug=slug, soort=soort, cbs_code=cbs_code, website=website, adres=adres
        )
    )


def inwonertal_set(
    *, organisatie: Organisatie, jaar: int, aantal: int, bron: str = ""
) -> Inwonertal:
    if aantal < 0:
        raise fout("aantal", "Een inwonertal kan niet negatief zijn.")
    obj, _ = Inwonertal.objects.update_or_create(
        organisatie=organisatie, jaar=jaar, defaults={"aantal": aantal, "bron": bron}
    )
    return obj


def persoon_create(
    *,
    organisatie: Organisatie,
    achternaam: str,
    functie: str,
    begindatum: dt.date,
    einddatum: dt.date | None = None,
    titel: str = "",
    voorletters: str = "",
    roepnaam: str = "",
    tussenvoegsel: str = "",
    email: str = "",
    telefoon: str = "",
) -> Persoon:
    return save_validated(
        Persoon(
            organisatie=organisatie,
            achternaam=achternaam,
            functie=functie,
            begindatum=begindatum,
            einddatum=einddatum,
            titel=titel,
            voorletters=voorletters,
            roepnaam=roepnaam,
            tussenvoegsel=tussenvoegsel,
            email=email,
            telefoon=telefoon,
        )
    )


def samenwerkingsverband_create(
    *,
    naam: str,
    slug: str,
    afkorting: str = "",
    omschrijving: str = "",
    opgericht_op: dt.date | None = None,
) -> Samenwerkingsverband:
    return save_validated(
        Samenwerkingsverband(
            naam=naam,
            slug=slug,
            afkorting=afkorting,
            omschrijving=omschrijving,
            opgericht_op=opgericht_op,
        )
    )


@transaction.atomic
def lidmaatschap_create(
    *,
    organisatie: Organisatie,
    samenwerkingsverband: Samenwerkingsverband,
    status: str,
    begindatum: dt.date,
    einddatum: dt.date | None = None,
    toelichting: str = "",
) -> Lidmaatschap:
    """An organisation has at most one relation to an alliance at a time."""
    if einddatum is not None and einddatum <= begindatum:
        raise fout("einddatum", "De einddatum moet na de begindatum liggen.")
    overlap = (
        Lidmaatschap.objects.select_for_update()
        .filter(organisatie=organisatie, samenwerkingsverband=samenwerkingsverband)
        .overlappend(begindatum, einddatum)
        .first()
    )
    if overlap is not None:
        tot = f" tot {format_datum(overlap.einddatum)}" if overlap.einddatum else ""
        raise fout(
            "begindatum",
            f"{organisatie} heeft in deze periode al een relatie met {samenwerkingsverband}: "
            f"'{overlap.get_status_display()}' vanaf {format_datum(overlap.begindatum)}{tot}. "
            "Beëindig die eerst of kies een andere periode.",
        )
    return save_validated(
        Lidmaatschap(
            organisatie=organisatie,
            samenwerkingsverband=samenwerkingsverband,
            status=status,
            begindatum=begindatum,
            einddatum=einddatum,
            toelichting=toelichting,
        )
    )


@transaction.atomic
def lidmaatschap_change_status(
    *,
    organisatie: Organisatie,
    samenwerkingsverband: Samenwerkingsverband,
    status: str,
    datum: dt.date,
    toelichting: str = "",
) -> Lidmaatschap:
    """End the open relation on ``datum`` and start a new one with ``status`` on that day."""
    huidig = (
        Lidmaatschap.objects.select_for_update()
        .filter(
            organisatie=organisatie,
            samenwerkingsverband=samenwerkingsverband,
            einddatum__isnull=True,
        )
        .first()
    )
    if huidig is not None:
        if datum <= huidig.begindatum:
            raise fout(
                "datum",
                f"De wijziging moet na het begin van de huidige relatie "
                f"({format_datum(huidig.begindatum)}) liggen.",
            )
        if huidig.status == status:
            raise fout("status", f"{organisatie} heeft die status al.")
        huidig.einddatum = datum
        save_validated(huidig)
    return lidmaatschap_create(
        organisatie=organisatie,
        samenwerkingsverband=samenwerkingsverband,
        status=status,
        begindatum=datum,
        toelichting=toelichting,
    )
