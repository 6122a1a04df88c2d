"""Writes on domains, working groups, phases, progress updates and milestones.

Nothing is overwritten: every phase change, update and re-planning is a new dated record.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from samen.core.dates import DatumPrecisie, format_datum
from samen.core.services import fout, save_validated
from samen.terreinen.models import (
    Fasewijziging,
    Mijlpaal,
    Mijlpaalplanning,
    Samenwerkingsterrein,
    Voortgangsbericht,
    Werkgroep,
    Werkgroeplid,
)


def samenwerkingsterrein_create(
    *, samenwerkingsverband: Any, naam: str, slug: str, omschrijving: str = "", volgorde: int = 0
) -> Samenwerkingsterrein:
    return save_validated(
        Samenwerkingsterrein(
            samenwerkingsverband=samenwerkingsverband,
            naam=naam,
            slug=slug,
            omschrijving=omschrijving,
            volgorde=volgorde,
        )
    )


def werkgroep_create(
    *,
    terrein: Samenwerkingsterrein,
    naam: str,
    begindatum: dt.date,
    trekker: Any = None,
    einddatum: dt.date | None = None,
) -> Werkgroep:
    if einddatum is not None and einddatum <= begindatum:
        raise fout("einddatum", "De einddatum moet na de begindatum liggen.")
    return save_validated(
        Werkgroep(
            terrein=terrein, naam=naam, begindatum=begindatum, einddatum=einddatum, trekker=trekker
        )
    )


def werkgroeplid_add(
    *, werkgroep: Werkgroep, persoon: Any, begindatum: dt.date, rol: str = Werkgroeplid.Rol.LID
) -> Werkgroeplid:
    if (
        Werkgroeplid.objects.filter(werkgroep=werkgroep, persoon=persoon)
        .overlappend(begindatum, None)
        .exists()
    ):
        raise fout(
            "persoon",
            f"{persoon} is al lid van {werkgroep} in een periode die {format_datum(begindatum)} "
            "of later omvat.",
        )
    return save_validated(
        Werkgroeplid(werkgroep=werkgroep, persoon=persoon, begindatum=begindatum, rol=rol)
    )


def fasewijziging_create(
    *,
    terrein: Samenwerkingsterrein,
    fase: str,
    datum: dt.date,
    toelichting: str = "",
    datumprecisie: str = DatumPrecisie.DAG,
) -> Fasewijziging:
    vorige = terrein.fasewijzigingen.filter(datum__lte=datum).order_by("datum", "id").last()
    if vorige is not None and vorige.fase == fase:
        raise fout(
            "fase",
            f"{terrein} is op {format_datum(datum)} al in de fase "
            f"'{vorige.get_fase_display()}' (sinds {format_datum(vorige.datum)}).",
        )
    volgende = terrein.fasewijzigingen.filter(datum__gt=datum).order_by("datum", "id").first()
    if volgende is not None and volgende.fase == fase:
        raise fout(
            "fase",
            f"{terrein} gaat op {format_datum(volgende.datum)} al naar de fase "
            f"'{volgende.get_fase_display()}': pas die wijziging aan in plaats van er een "
            "tweede vóór te zetten.",
        )
    return save_validated(
        Fasewijziging(
            terrein=terrein,
            fase=fase,
            datum=datum,
            toelichting=toelichting,
            datumprecisie=datumprecisie,
        )
    )


def voortgangsbericht_create(
    *,
    terrein: Samenwerkingsterrein,
    datum: dt.date,
    titel: str,
    tekst: str,
    vertraging: str = "",
    auteur: Any = None,
    datumprecisie: str = DatumPrecisie.DAG,
) -> Voortgangsbericht:
    return save_validated(
        Voortgangsbericht(
            terrein=terrein,
            datum=datum,
            titel=titel.strip(),
            tekst=tekst.strip(),
            vertraging=vertraging.strip(),
            auteur=auteur,
            datumprecisie=datumprecisie,
        )
    )


@transaction.atomic
def mijlpaal_create(
    *,
    terrein: Samenwerkingsterrein,
    naam: str,
    vastgesteld_op: dt.date,
    geplande_datum: dt.date,
    datumprecisie: str = DatumPrecisie.DAG,
    startdatum: dt.date | None = None,
    omschrijving: str = "",
) -> Mijlpaal:
    if startdatum is not None and geplande_datum < startdatum:
        raise fout("geplande_datum", "De geplande datum ligt vóór de startdatum van de mijlpaal.")
    mijlpaal = save_validated(
        Mijlpaal(terrein=terrein, naam=naam, startdatum=startdatum, omschrijving=omschrijving)
    )
    save_validated(
        Mijlpaalplanning(
            mijlpaal=mijlpaal,
            vastgesteld_op=vastgesteld_op,
            geplande_datum=geplande_datum,
            datumprecisie=datumprecisie,
            reden="Eerste planning",
        )
    )
    return mijlpaal


@transaction.atomic
def mijlpaal_replan(
    *,
    mijlpaal: Mijlpaal,
    vastgesteld_op: dt.date,
    geplande_datum: dt.date,
    reden: str,
    datumprecisie: str = DatumPrecisie.DAG,
) -> Mijlpaalplanning:
    """Record a new planned date, keeping every earlier one with its date and reason."""
    mijlpaal = Mijlpaal.objects.select_for_update().get(pk=mijlpaal.pk)
    if not reden.strip():
        raise fout("reden", "Geef de reden van de herplanning op.")
    if mijlpaal.werkelijke_datum is not None:
        raise fout(
            "geplande_datum", "Deze mijlpaal is al bereikt en kan niet meer worden herpland."
        )
    laatste = mijlpaal.planningen.order_by("vastgesteld_op", "id").last()
    if laatste is not None:
        if vastgesteld_op < laatste.vastgesteld_op:
            raise fout(
                "vastgesteld_op",
                "Een herplanning kan niet eerder zijn vastgesteld dan de vorige planning "
                f"({format_datum(laatste.vastgesteld_op)}).",
            )
        if geplande_datum == laatste.geplande_datum:
            raise fout(
                "geplande_datum",
                f"De mijlpaal staat al gepland op {format_datum(geplande_datum)}.",
            )
    if mijlpaal.startdatum is not None and geplande_datum < mijlpaal.startdatum:
        raise fout("geplande_datum", "De geplande datum ligt vóór de startdatum van de mijlpaal.")
    return save_validated(
        Mijlpaalplanning(
            mijlpaal=mijlpaal,
            vastgesteld_op=vastgesteld_op,
            geplande_datum=geplande_datum,
            datumprecisie=datumprecisie,
            reden=reden.strip(),
        )
    )


def mijlpaal_complete(*, mijlpaal: Mijlpaal, werkelijke_datum: dt.date) -> Mijlpaal:
    if mijlpaal.startdatum is not None and werkelijke_datum < mijlpaal.startdatum:
        raise fout(
            "werkelijke_datum",
            f"Een mijlpaal kan niet gereed zijn vóór de start ({format_datum(mijlpaal.startdatum)}).",
        )
    mijlpaal.werkelijke_datum = werkelijke_datum
    return save_validated(mijlpaal)
