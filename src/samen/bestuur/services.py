"""Writes on bodies, meetings, decisions, motions and commitments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db import transaction

from samen.bestuur.models import Besluit, Motie, Orgaan, Toezegging, Vergadering
from samen.core.dates import DatumPrecisie, format_datum
from samen.core.services import fout, save_validated


def orgaan_create(
    *,
    naam: str,
    slug: str,
    soort: str,
    organisatie: Any = None,
    samenwerkingsverband: Any = None,
    samenstelling: str = "",
) -> Orgaan:
    if organisatie is None and samenwerkingsverband is None:
        raise fout(
            "organisatie", "Een orgaan hoort bij een organisatie of een samenwerkingsverband."
        )
    return save_validated(
        Orgaan(
            naam=naam,
            slug=slug,
            soort=soort,
            organisatie=organisatie,
            samenwerkingsverband=samenwerkingsverband,
            samenstelling=samenstelling,
        )
    )


@transaction.atomic
def vergadering_create(
    *,
    organen: Sequence[Orgaan],
    datum: dt.date,
    omschrijving: str = "",
    datumprecisie: str = DatumPrecisie.DAG,
) -> Vergadering:
    if not organen:
        raise fout("organen", "Kies ten minste één orgaan dat vergadert.")
    vergadering = save_validated(
        Vergadering(datum=datum, omschrijving=omschrijving, datumprecisie=datumprecisie)
    )
    vergadering.organen.set(organen)
    return vergadering


def besluit_create(
    *, vergadering: Vergadering, onderwerp: str, uitkomst: str, tekst: str, terrein: Any = None
) -> Besluit:
    return save_validated(
        Besluit(
            vergadering=vergadering,
            onderwerp=onderwerp.strip(),
            uitkomst=uitkomst,
            tekst=tekst.strip(),
            terrein=terrein,
        )
    )


def motie_create(*, orgaan: Orgaan, datum: dt.date, titel: str, verzoek: str) -> Motie:
    if orgaan.soort != Orgaan.Soort.RAAD:
        raise fout("orgaan", "Alleen een gemeenteraad neemt moties aan.")
    return save_validated(Motie(orgaan=orgaan, datum=datum, titel=titel, verzoek=verzoek))


def toezegging_create(
    *,
    orgaan: Orgaan,
    aan: Orgaan,
    omschrijving: str,
    gedaan_op: dt.date,
    vervaldatum: dt.date,
    vervaldatum_precisie: str = DatumPrecisie.DAG,
    motie: Motie | None = None,
    terrein: Any = None,
) -> Toezegging:
    if vervaldatum < gedaan_op:
        raise fout(
            "vervaldatum",
            f"De toezegging kan niet verlopen vóór zij is gedaan ({format_datum(gedaan_op)}).",
        )
    return save_validated(
        Toezegging(
            orgaan=orgaan,
            aan=aan,
            omschrijving=omschrijving.strip(),
            gedaan_op=gedaan_op,
            vervaldatum=vervaldatum,
            vervaldatum_precisie=vervaldatum_precisie,
            motie=motie,
            terrein=terrein,
        )
    )


def toezegging_fulfil(
    *, toezegging: Toezegging, nagekomen_op: dt.date, toelichting: str = ""
) -> Toezegging:
    if toezegging.nagekomen_op is not None:
        raise fout(
            "nagekomen_op",
            f"Deze toezegging is al nagekomen op {format_datum(toezegging.nagekomen_op)}.",
        )
    if nagekomen_op < toezegging.gedaan_op:
        raise fout(
            "nagekomen_op",
            f"Een toezegging kan niet zijn nagekomen vóór zij is gedaan "
            f"({format_datum(toezegging.gedaan_op)}).",
        )
    toezegging.nagekomen_op = nagekomen_op
    toezegging.nagekomen_toelichting = toelichting.strip()
    return save_validated(toezegging)


@transaction.atomic
def besluit_record(
    *,
    organen: Sequence[Orgaan],
    datum: dt.date,
    onderwerp: str,
    uitkomst: str,
    tekst: str,
    terrein: Any = None,
    datumprecisie: str = DatumPrecisie.DAG,
) -> Besluit:
    """Record a decision at the meeting of these bodies on that date (made if it is not there)."""
    gekozen = {o.pk for o in organen}
    if not gekozen:
        raise fout("organen", "Kies ten minste één orgaan dat het besluit nam.")
    vergadering = next(
        (
            v
            for v in Vergadering.objects.filter(datum=datum).prefetch_related("organen")
            if {o.pk for o in v.organen.all()} == gekozen
        ),
        None,
    )
    if vergadering is None:
        vergadering = vergadering_create(
            organen=organen,
            datum=datum,
            datumprecisie=datumprecisie,
            omschrijving="Vergadering van " + " en ".join(o.naam for o in organen),
        )
    return besluit_create(
        vergadering=vergadering,
        onderwerp=onderwerp,
        uitkomst=uitkomst,
        tekst=tekst,
        terrein=terrein,
    )
