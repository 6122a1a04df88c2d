"""Gather everything a report needs from the register, on the peildatum, for one organisation.

Reads only, through the selectors of the other apps; the result is plain data
(:class:`samen.rapportage.gegevens.Gegevens`) for the pure assembly. Every read is bounded by the
peildatum: people, relations, decisions, phases, updates and milestone plans dated after it are
left out, and what is planned is taken as it was known on the peildatum.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from samen.bestuur import selectors as bestuur_selectors
from samen.bestuur.status import ToezeggingStatus
from samen.organisaties import selectors as org_selectors
from samen.organisaties.models import Organisatie
from samen.rapportage import gegevens as gg
from samen.rapportage.models import Publicatie, Rapport
from samen.rapportage.verzamelen_terreinen import geordend, gevolgde_mijlpalen, terreinen
from samen.terreinen import selectors as terrein_selectors

#: Bodies in the order a note names them: "de stuurgroep DSZ en burgemeesters".
_ORGAAN_RANG = {
    "raad": 0,
    "raadscommissie": 1,
    "college": 2,
    "stuurgroep": 3,
    "burgemeestersoverleg": 4,
    "werkgroep": 5,
}


def organisatie_kop(organisatie: Organisatie) -> str:
    """``Gemeente Dalfsen`` for a municipality, the name itself otherwise."""
    if organisatie.soort == Organisatie.Soort.GEMEENTE:
        return f"Gemeente {organisatie.naam}"
    return organisatie.naam


def _met_functie(personen: Iterable[Any], *woorden: str) -> Any:
    lijst = list(personen)
    for woord in woorden:
        for p in lijst:
            if woord in p.functie.lower():
                return p
    return None


def standaardpersonen(personen: list[Any]) -> dict[str, Any]:
    """Who signs, who holds the portfolio and who informs, by their function (model objects)."""
    burgemeester = _met_functie(personen, "burgemeester")
    secretaris = _met_functie(personen, "secretaris-directeur", "gemeentesecretaris", "secretaris")
    portefeuille = _met_functie(personen, "portefeuillehouder") or burgemeester
    informanten = [p for p in personen if "beleidsmedewerker" in p.functie.lower()]
    if secretaris is not None and secretaris not in informanten:
        informanten.append(secretaris)
    return {
        "burgemeester": burgemeester,
        "secretaris": secretaris,
        "portefeuillehouder": portefeuille,
        "informanten": informanten,
    }


def vorige_publicatie(*, organisatie: Any, soort: str, peildatum: dt.date) -> Publicatie | None:
    """The latest published report of this kind with a peildatum before ``peildatum``."""
    return (
        Publicatie.objects.filter(organisatie=organisatie, soort=soort, peildatum__lt=peildatum)
        .order_by("-peildatum", "-volgnummer")
        .first()
    )


def _verbanden(organisatie: Any, peildatum: dt.date, vanaf: dt.date | None) -> list[gg.Verband]:
    nu = list(org_selectors.lidmaatschappen_op(peildatum=peildatum))
    toen = {
        (lm.samenwerkingsverband_id, lm.organisatie_id): lm
        for lm in (org_selectors.lidmaatschappen_op(peildatum=vanaf) if vanaf else [])
    }
    eigen = {lm.samenwerkingsverband_id: lm for lm in nu if lm.organisatie_id == organisatie.pk}
    result = []
    for verband_id, lm in eigen.items():
        v = lm.samenwerkingsverband
        leden = [x for x in nu if x.samenwerkingsverband_id == verband_id]
        wijzigingen = []
        for x in leden:
            if vanaf is not None and x.begindatum > vanaf:
                vorig = toen.get((verband_id, x.organisatie_id))
                wijzigingen.append(
                    gg.Statuswijziging(
                        organisatie=x.organisatie.naam,
                        datum=x.begindatum,
                        status=x.status,
                        vorige_status=vorig.status if vorig else "",
                        toelichting=x.toelichting,
                    )
                )
        berichten: list[tuple[str, gg.Bericht]] = []
        if lm.status != "lid":
            for b in terrein_selectors.voortgangsberichten_in_periode(
                peildatum=peildatum, vanaf=vanaf, samenwerkingsverband=v
            ):
                berichten.append(
                    (
                        b.terrein.naam,
                        gg.Bericht(b.datum, b.datumprecisie, b.titel, b.tekst, b.vertraging),
                    )
                )
        result.append(
            gg.Verband(
                naam=v.naam,
                afkorting=v.afkorting,
                omschrijving=v.omschrijving,
                eigen_status=lm.status,
                eigen_sinds=lm.begindatum,
                eigen_toelichting=lm.toelichting,
                relaties=tuple(
                    gg.Relatie(x.organisatie.naam, x.status, x.begindatum, x.toelichting)
                    for x in leden
                    if x.organisatie_id != organisatie.pk
                ),
                wijzigingen=tuple(sorted(wijzigingen, key=lambda w: (w.datum, w.organisatie))),
                berichten=tuple(berichten),
                aantal_terreinen=len(terrein_selectors.terrein_list(samenwerkingsverband=v)),
            )
        )
    volgorde = {"lid": 0, "volgt": 1, "verkent": 2, "uitgenodigd": 3, "sluit_niet_aan": 4}
    return sorted(
        result, key=lambda v: (volgorde.get(v.eigen_status, 9), -v.aantal_terreinen, v.naam)
    )


def _besluiten(
    organisatie: Any,
    lid_ids: set[int],
    peildatum: dt.date,
    vanaf: dt.date | None,
    rang: dict[str, int],
) -> list[gg.Besluit]:
    result = []
    for b in bestuur_selectors.besluiten_in_periode(peildatum=peildatum, vanaf=vanaf):
        organen = list(b.vergadering.organen.all())
        van_ons = (
            (b.terrein is not None and b.terrein.samenwerkingsverband_id in lid_ids)
            or any(o.samenwerkingsverband_id in lid_ids for o in organen)
            or any(o.organisatie_id == organisatie.pk for o in organen)
        )
        if van_ons:
            result.append(
                gg.Besluit(
                    datum=b.vergadering.datum,
                    precisie=b.vergadering.datumprecisie,
                    organen=geordend((o.naam for o in organen), rang),
                    terrein=b.terrein.naam if b.terrein else "",
                    onderwerp=b.onderwerp,
                    uitkomst=b.get_uitkomst_display(),
                    tekst=b.tekst,
                )
            )
    return result


def _toezegging(s: Any) -> gg.Toezegging:
    t = s.toezegging
    return gg.Toezegging(
        omschrijving=t.omschrijving,
        gedaan_op=t.gedaan_op,
        vervaldatum=t.vervaldatum,
        precisie=t.vervaldatum_precisie,
        status=str(s.status),
        nagekomen_op=t.nagekomen_op if s.status == ToezeggingStatus.NAGEKOMEN else None,
    )


def _toezeggingen(
    organisatie: Any, peildatum: dt.date, vanaf: dt.date | None
) -> tuple[Any, Any, list[Any]]:
    """The commitment this report meets, the next open one, and the other open ones."""
    aan_raad = [
        s
        for s in bestuur_selectors.toezeggingen_op(peildatum=peildatum)
        if s.toezegging.aan.organisatie_id == organisatie.pk
    ]
    algemeen = sorted(
        aan_raad, key=lambda s: (s.toezegging.terrein_id is not None, s.toezegging.vervaldatum)
    )
    nagekomen = [
        s
        for s in algemeen
        if s.status == ToezeggingStatus.NAGEKOMEN
        and s.toezegging.nagekomen_op is not None
        and (vanaf is None or s.toezegging.nagekomen_op > vanaf)
    ]
    open_ = [s for s in algemeen if s.status in (ToezeggingStatus.OPEN, ToezeggingStatus.TE_LAAT)]
    te_voldoen = nagekomen[0] if nagekomen else None
    if te_voldoen is None:
        eerder = [s for s in open_ if s.toezegging.gedaan_op < peildatum]
        te_voldoen = eerder[0] if eerder else None
    rest = [s for s in open_ if s is not te_voldoen]
    volgende = next((s for s in rest if s.status == ToezeggingStatus.OPEN), None)
    overige = [s for s in rest if s is not volgende]
    return te_voldoen, volgende, overige


def laatste_informatiemoment(*, organisatie: Any, peildatum: dt.date) -> dt.date | None:
    """When the council was last informed, by the register: the day the college made the
    commitment that the next report meets (``None`` when there is none)."""
    te_voldoen, _, _ = _toezeggingen(organisatie, peildatum, None)
    if te_voldoen is not None and te_voldoen.toezegging.gedaan_op < peildatum:
        return te_voldoen.toezegging.gedaan_op
    return None


def verzamel(
    *, organisatie: Any, peildatum: dt.date, vanaf: dt.date | None, met_leden: bool = True
) -> gg.Gegevens:
    """Everything the status note and the newsletter of ``organisatie`` need, on the peildatum.
    ``met_leden=False`` leaves out the working groups' chairs, which only the newsletter uses."""
    personen = list(org_selectors.personen_op(organisatie=organisatie, peildatum=peildatum))
    std = standaardpersonen(personen)
    rang = {o.naam: _ORGAAN_RANG.get(o.soort, 9) for o in bestuur_selectors.orgaan_list()}
    verbanden = _verbanden(organisatie, peildatum, vanaf)
    relaties = list(org_selectors.lidmaatschappen_op(peildatum=peildatum, organisatie=organisatie))
    lidmaatschappen = {lm.samenwerkingsverband_id: lm.samenwerkingsverband for lm in relaties}
    lid_ids = {lm.samenwerkingsverband_id for lm in relaties if lm.status == "lid"}
    domeinen: list[gg.Terrein] = []
    gevolgd: list[gg.Mijlpaal] = []
    for v in sorted(lidmaatschappen.values(), key=lambda v: v.naam):
        if v.pk in lid_ids:
            domeinen += terreinen(
                v, peildatum, vanaf, rang, met_leden=met_leden, organisatie_naam=organisatie.naam
            )
        else:
            gevolgd += gevolgde_mijlpalen(v, peildatum)
    organen = sorted(
        (
            gg.Orgaan(o.naam, o.soort, o.samenstelling)
            for o in bestuur_selectors.orgaan_list().filter(samenwerkingsverband_id__in=lid_ids)
        ),
        key=lambda o: (rang.get(o.naam, 9), o.naam),
    )
    te_voldoen, volgende, overige = _toezeggingen(organisatie, peildatum, vanaf)
    motie = None
    for s in (te_voldoen, volgende):
        m = s.toezegging.motie if s is not None else None
        if m is not None and m.datum <= peildatum:
            motie = gg.Motie(m.datum, m.titel, m.verzoek, m.orgaan.naam)
            break
    vorige = vorige_publicatie(
        organisatie=organisatie, soort=Rapport.Soort.STAND_VAN_ZAKEN, peildatum=peildatum
    )
    nieuwsbrieven = Publicatie.objects.filter(
        organisatie=organisatie,
        soort=Rapport.Soort.NIEUWSBRIEF,
        peildatum__lte=peildatum,
        publicatiedatum__lte=peildatum,
    )
    if vanaf is not None:
        nieuwsbrieven = nieuwsbrieven.filter(peildatum__gt=vanaf)
    return gg.Gegevens(
        organisatie=organisatie.naam,
        organisatie_kop=organisatie_kop(organisatie),
        peildatum=peildatum,
        vanaf=vanaf,
        vorige=gg.VorigeNotitie(vorige.registratienummer, vorige.peildatum, vorige.publicatiedatum)
        if vorige
        else None,
        burgemeester=gg.persoon_van(std["burgemeester"]) if std["burgemeester"] else None,
        secretaris=gg.persoon_van(std["secretaris"]) if std["secretaris"] else None,
        portefeuillehouder=gg.persoon_van(std["portefeuillehouder"])
        if std["portefeuillehouder"]
        else None,
        informanten=tuple(gg.persoon_van(p) for p in std["informanten"]),
        verbanden=tuple(verbanden),
        organen=tuple(organen),
        besluiten=tuple(_besluiten(organisatie, lid_ids, peildatum, vanaf, rang)),
        terreinen=tuple(domeinen),
        gevolgde_mijlpalen=tuple(gevolgd),
        motie=motie,
        te_voldoen=_toezegging(te_voldoen) if te_voldoen else None,
        volgende=_toezegging(volgende) if volgende else None,
        overige_toezeggingen=tuple(_toezegging(s) for s in overige),
        nieuwsbrieven=tuple(p.registratienummer for p in nieuwsbrieven.order_by("peildatum")),
    )
