"""Writes on reports: create a draft from the register, edit, regenerate, delete and publish.

Keyword-only, validated, atomic; every refusal is a Dutch ``ValidationError`` and stores nothing.
A published report is frozen: every service refuses it first (the models refuse it too).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation

from samen.core.dates import format_datum
from samen.core.services import fout
from samen.organisaties import selectors as org_selectors
from samen.rapportage import selectors
from samen.rapportage.formaten import FORMATEN_PER_SOORT, bestandsnaam, render
from samen.rapportage.models import (
    BevrorenFout,
    Publicatie,
    Publicatiebestand,
    Rapport,
    Sectie,
)
from samen.rapportage.opmaak import naar_tekst
from samen.rapportage.samenstellen import SECTIES, STANDAARD_ONDERWERP, genereer
from samen.rapportage.verzamelen import standaardpersonen

#: An edited section may be long (a whole period of updates), but not unbounded.
MAX_SECTIE = 500_000


def _controleer_periode(peildatum: dt.date, vanaf: dt.date | None) -> None:
    if peildatum.year < 1900:
        raise fout("peildatum", "De peildatum ligt vóór 1900.")
    if vanaf is not None and vanaf >= peildatum:
        raise fout(
            "vanaf",
            f"De periode begint na {format_datum(vanaf)} en loopt tot en met de peildatum "
            f"{format_datum(peildatum)}: 'vanaf' moet dus vóór de peildatum liggen.",
        )


def _niet_bevroren(rapport: Rapport) -> Rapport:
    """The draft, fresh from the database; refuses a published one."""
    vers = Rapport.objects.select_for_update().get(pk=rapport.pk)
    if vers.is_gepubliceerd:
        nummer = Publicatie.objects.filter(rapport=vers).values_list("registratienummer", flat=True)
        raise BevrorenFout(
            f"Deze notitie is al gepubliceerd als {next(iter(nummer), 'onbekend nummer')}; een "
            "gepubliceerde notitie verandert niet meer."
        )
    return vers


def _schrijf_secties(rapport: Rapport, *, behoud_bewerkingen: bool) -> None:
    # The note is Dutch by design, whatever language the user works in: choice labels and
    # verbose names read while gathering and writing must come out in Dutch.
    with translation.override("nl"):
        g = selectors.verzamel(
            organisatie=rapport.organisatie,
            peildatum=rapport.peildatum,
            vanaf=rapport.vanaf,
            met_leden=rapport.soort == Rapport.Soort.NIEUWSBRIEF,
        )
        gegenereerd = {s.sleutel: s for _, s in genereer(rapport.soort, g)}
        teksten = {
            sleutel: naar_tekst(gegenereerd[sleutel].blokken, gegenereerd[sleutel].subsecties)
            for _, sleutel, _ in SECTIES[rapport.soort]
        }
    bestaand = {s.sleutel: s for s in rapport.secties.all()}
    for volgorde, (deel, sleutel, titel) in enumerate(SECTIES[rapport.soort]):
        tekst = teksten[sleutel]
        sectie = bestaand.get(sleutel) or Sectie(rapport=rapport, sleutel=sleutel)
        houden = behoud_bewerkingen and sectie.pk is not None and sectie.bewerkt
        sectie.deel, sectie.titel, sectie.volgorde = deel, titel, volgorde
        sectie.gegenereerd = tekst
        if not houden:
            sectie.tekst = tekst
        sectie.save()
    rapport.gegenereerd_op = timezone.now()
    rapport.save(update_fields=["gegenereerd_op", "gewijzigd_op"])


@transaction.atomic
def rapport_create(
    *,
    organisatie: Any,
    soort: str,
    peildatum: dt.date,
    vanaf: dt.date | None = None,
    gebruiker: Any = None,
    onderwerp: str = "",
    agendapunt: str = "",
    documentnummer: str = "",
) -> Rapport:
    """A draft written from the register on the peildatum; ``vanaf`` defaults to the previous
    published report's peildatum (see :func:`selectors.standaard_vanaf`)."""
    if soort not in Rapport.Soort.values:
        raise fout("soort", f"Onbekende soort '{soort}': kies stand van zaken of nieuwsbrief.")
    if vanaf is None:
        vanaf = selectors.standaard_vanaf(organisatie=organisatie, soort=soort, peildatum=peildatum)
    _controleer_periode(peildatum, vanaf)
    std = standaardpersonen(
        list(org_selectors.personen_op(organisatie=organisatie, peildatum=peildatum))
    )
    rapport = Rapport(
        organisatie=organisatie,
        soort=soort,
        peildatum=peildatum,
        vanaf=vanaf,
        onderwerp=onderwerp.strip() or STANDAARD_ONDERWERP,
        agendapunt=agendapunt.strip(),
        documentnummer=documentnummer.strip(),
        portefeuillehouder=std["portefeuillehouder"],
        burgemeester=std["burgemeester"],
        secretaris=std["secretaris"],
        aangemaakt_door=getattr(gebruiker, "username", "") or "",
    )
    rapport.full_clean()
    rapport.save()
    rapport.informanten.set(std["informanten"])
    _schrijf_secties(rapport, behoud_bewerkingen=False)
    return rapport


@transaction.atomic
def rapport_regenerate(*, rapport: Rapport, behoud_bewerkingen: bool = False) -> Rapport:
    """Write the sections again from the live register; edited sections are kept on request."""
    rapport = _niet_bevroren(rapport)
    _schrijf_secties(rapport, behoud_bewerkingen=behoud_bewerkingen)
    return rapport


@transaction.atomic
def sectie_update(*, rapport: Rapport, sleutel: str, tekst: str) -> Sectie:
    rapport = _niet_bevroren(rapport)
    try:
        sectie = rapport.secties.get(sleutel=sleutel)
    except Sectie.DoesNotExist as exc:
        raise fout("sleutel", f"Deze notitie heeft geen sectie '{sleutel}'.") from exc
    tekst = tekst.replace("\r\n", "\n")
    if len(tekst) > MAX_SECTIE:
        raise fout(
            "tekst", f"De tekst is te lang: hooguit {MAX_SECTIE:,} tekens.".replace(",", ".")
        )
    sectie.tekst = tekst.strip() + "\n"
    sectie.save(update_fields=["tekst"])
    Rapport.objects.filter(pk=rapport.pk).update(gewijzigd_op=timezone.now())
    return sectie


def _van_organisatie(veld: str, persoon: Any, rapport: Rapport) -> None:
    if persoon is None:
        return
    if persoon.organisatie_id != rapport.organisatie_id:
        raise fout(veld, f"{persoon.naam} werkt niet bij {rapport.organisatie}.")
    if not persoon.geldig_op(rapport.peildatum):
        raise fout(
            veld,
            f"{persoon.naam} is op de peildatum {format_datum(rapport.peildatum)} niet "
            f"werkzaam als {persoon.functie}.",
        )


@transaction.atomic
def voorblad_update(
    *,
    rapport: Rapport,
    onderwerp: str,
    datum: dt.date | None = None,
    agendapunt: str = "",
    documentnummer: str = "",
    portefeuillehouder: Any = None,
    informanten: Sequence[Any] = (),
    burgemeester: Any = None,
    secretaris: Any = None,
) -> Rapport:
    """The cover's fields: subject, date, agenda item, DMS number and the people on it."""
    rapport = _niet_bevroren(rapport)
    if not onderwerp.strip():
        raise fout("onderwerp", "Geef het onderwerp van het voorstel.")
    for veld, p in (
        ("portefeuillehouder", portefeuillehouder),
        ("burgemeester", burgemeester),
        ("secretaris", secretaris),
    ):
        _van_organisatie(veld, p, rapport)
    for p in informanten:
        _van_organisatie("informanten", p, rapport)
    rapport.onderwerp = onderwerp.strip()
    rapport.datum = datum
    rapport.agendapunt = agendapunt.strip()
    rapport.documentnummer = documentnummer.strip()
    rapport.portefeuillehouder = portefeuillehouder
    rapport.burgemeester = burgemeester
    rapport.secretaris = secretaris
    rapport.full_clean()
    rapport.save()
    rapport.informanten.set(list(informanten))
    return rapport


@transaction.atomic
def rapport_delete(*, rapport: Rapport) -> None:
    """Delete a draft. A published report is never deleted."""
    rapport = _niet_bevroren(rapport)
    rapport.delete()


def registratienummer(organisatie: Any, jaar: int, volgnummer: int) -> str:
    """``SAMEN-DALFSEN-2012-0001``: unique per organisation and year."""
    return f"SAMEN-{organisatie.slug.upper()}-{jaar}-{volgnummer:04d}"


def publicatiedatum_check(rapport: Rapport, publicatiedatum: dt.date | None) -> dt.date:
    """The publication date (default today), refused in the future or before the peildatum."""
    vandaag = timezone.localdate()
    publicatiedatum = publicatiedatum or vandaag
    if publicatiedatum > vandaag:
        raise fout("publicatiedatum", "De publicatiedatum kan niet in de toekomst liggen.")
    if publicatiedatum < rapport.peildatum:
        raise fout(
            "publicatiedatum",
            f"Een notitie kan niet worden gepubliceerd vóór haar peildatum "
            f"({format_datum(rapport.peildatum)}).",
        )
    return publicatiedatum


@transaction.atomic
def rapport_publish(
    *,
    rapport: Rapport,
    gebruiker: Any = None,
    publicatiedatum: dt.date | None = None,
    door: str = "",
) -> Publicatie:
    """Render every format once, store the files with their SHA-256 hash under a registration
    number, and freeze the report. ``door`` names the publisher when there is no ``gebruiker``
    (a background task). A large note is published by a task: see
    :func:`samen.rapportage.achtergrond.publiceren_aanvragen`."""
    rapport = _niet_bevroren(rapport)
    publicatiedatum = publicatiedatum_check(rapport, publicatiedatum)
    jaar = publicatiedatum.year
    hoogste = Publicatie.objects.filter(organisatie=rapport.organisatie, jaar=jaar).aggregate(
        hoogste=Max("volgnummer")
    )["hoogste"]
    volgnummer = (hoogste or 0) + 1
    nummer = registratienummer(rapport.organisatie, jaar, volgnummer)
    with translation.override("nl"):  # the published note is Dutch, whatever the user's language
        doc = selectors.rapport_document(
            rapport, registratienummer=nummer, publicatiedatum=publicatiedatum
        )
        bijlage = selectors.rapport_bijlage(
            rapport, registratienummer=nummer, publicatiedatum=publicatiedatum
        )
        delen = [("notitie", doc)] + ([("bijlage", bijlage)] if bijlage is not None else [])
        bestanden = {
            (deel, f): render(d, f) for deel, d in delen for f in FORMATEN_PER_SOORT[rapport.soort]
        }
    publicatie = Publicatie(
        rapport=rapport,
        organisatie=rapport.organisatie,
        soort=rapport.soort,
        titel=doc.titel,
        peildatum=rapport.peildatum,
        vanaf=rapport.vanaf,
        jaar=jaar,
        volgnummer=volgnummer,
        registratienummer=nummer,
        publicatiedatum=publicatiedatum,
        gepubliceerd_op=timezone.now(),
        gepubliceerd_door=getattr(gebruiker, "username", "") or door,
    )
    publicatie.full_clean()
    publicatie.save()
    for (deel, formaat), inhoud in bestanden.items():
        Publicatiebestand(
            publicatie=publicatie,
            deel=deel,
            formaat=formaat,
            bestandsnaam=bestandsnaam(
                nummer if deel == "notitie" else f"{nummer}-bijlage", formaat
            ),
            inhoud=inhoud,
            sha256=hashlib.sha256(inhoud).hexdigest(),
            grootte=len(inhoud),
        ).save()
    rapport.status = Rapport.Status.GEPUBLICEERD
    rapport.save(update_fields=["status", "gewijzigd_op"])
    return publicatie
