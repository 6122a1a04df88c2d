"""Reads on the kwaliteitskaart, with the privacy rule applied here, not only in the pages.

Every read of personal data takes the ``user`` and returns what that user may see
(:func:`samen.accounts.authz.personeel_zicht`): their own organisation's people in full; a
partner's people as a pseudonym with organisation and skills, absent without the type; nothing
personal of other organisations to a lezer. The views log what was shown
(:func:`samen.kwaliteitskaart.services.toegang_log_inzage`).

The pseudonym is a keyed hash (HMAC with the site's secret key) of the employee's id: stable, so a
partner can follow "Medewerker 3F9A0C" through a plan, but not traceable to a name without the key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from samen.accounts.authz import (
    PersoneelZicht,
    afwezigheidssoort_zichtbaar,
    personeel_zicht,
    vervanger_naam_zichtbaar,
)
from samen.kwaliteitskaart import analyse
from samen.kwaliteitskaart.models import (
    Afwezigheid,
    Domein,
    Inzet,
    KritiekeTaak,
    Medewerker,
    Niveau,
    OngedekteTaakdag,
    Specialisme,
    Vaardigheid,
    Vervangingsplan,
)
from samen.kwaliteitskaart.uitvoer import Regel
from samen.organisaties.models import Organisatie
from samen.organisaties.selectors import organisaties_met_status

AFWEZIG = "afwezig"


def pseudoniem(pk: int) -> str:
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"medewerker:{pk}".encode(), hashlib.sha256
    ).hexdigest()
    return f"Medewerker {digest[:6].upper()}"


class Zicht:
    """What one user may see of whom; remembers the answer per organisation."""

    def __init__(self, user: Any) -> None:
        self.user = user
        self._cache: dict[int, PersoneelZicht] = {}

    def op(self, organisatie_id: int) -> PersoneelZicht:
        if organisatie_id not in self._cache:
            self._cache[organisatie_id] = personeel_zicht(self.user, organisatie_id)
        return self._cache[organisatie_id]

    def naam(self, m: Medewerker) -> str:
        """The name, a pseudonym, or only the organisation."""
        zicht = self.op(m.organisatie_id)
        if zicht == PersoneelZicht.VOLLEDIG:
            return m.weergavenaam
        if zicht == PersoneelZicht.FUNCTIE:
            return pseudoniem(m.pk)
        return f"een medewerker van {m.organisatie}"


# --- organisations, catalogue ------------------------------------------------------------------


def leden_op(*, samenwerkingsverband: Any, peildatum: dt.date) -> list[Organisatie]:
    return list(
        organisaties_met_status(
            samenwerkingsverband=samenwerkingsverband, peildatum=peildatum, statussen=["lid"]
        ).order_by("naam")
    )


def domeinen_met_specialismen() -> list[tuple[Domein, list[Specialisme]]]:
    per: dict[int, list[Specialisme]] = defaultdict(list)
    for s in Specialisme.objects.select_related("domein"):
        per[s.domein_id].append(s)
    return [(d, per[d.pk]) for d in Domein.objects.all() if per[d.pk]]


def specialisme_list() -> QuerySet[Specialisme]:
    return Specialisme.objects.select_related("domein")


def kritieke_taken(*, organisaties: list[Organisatie]) -> list[KritiekeTaak]:
    return list(
        KritiekeTaak.objects.filter(organisatie__in=organisaties).select_related(
            "organisatie", "specialisme__domein"
        )
    )


# --- employees ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MedewerkerWeergave:
    """An employee as one user may see them."""

    medewerker: Medewerker
    zicht: PersoneelZicht
    vaardigheden: list[Vaardigheid] = field(default_factory=list)

    @property
    def pk(self) -> int:
        return int(self.medewerker.pk)

    @property
    def volledig(self) -> bool:
        return self.zicht == PersoneelZicht.VOLLEDIG

    @property
    def naam(self) -> str:
        m = self.medewerker
        return m.weergavenaam if self.volledig else pseudoniem(m.pk)

    @property
    def organisatie(self) -> Organisatie:
        return self.medewerker.organisatie

    @property
    def afdeling(self) -> str | None:
        return self.medewerker.afdeling if self.volledig else None

    @property
    def functie(self) -> str | None:
        return self.medewerker.functie if self.volledig else None

    @property
    def uren_per_week(self) -> Decimal | None:
        return self.medewerker.uren_per_week if self.volledig else None

    @property
    def fictief(self) -> bool:
        return self.medewerker.fictief


def _in_dienst(peildatum: dt.date) -> QuerySet[Medewerker]:
    return Medewerker.objects.op(peildatum).select_related("organisatie")


def medewerkers_zichtbaar(
    *,
    user: Any,
    samenwerkingsverband: Any,
    peildatum: dt.date,
    organisatie: Organisatie | None = None,
) -> list[MedewerkerWeergave]:
    """The employees in service on the peildatum at the members of the alliance that the user may
    see (own organisation in full, partners as pseudonyms); never those of other lezers' orgs."""
    zicht = Zicht(user)
    leden = leden_op(samenwerkingsverband=samenwerkingsverband, peildatum=peildatum)
    org_ids = [o.pk for o in leden if zicht.op(o.pk) > PersoneelZicht.GEEN]
    if organisatie is not None:
        org_ids = [pk for pk in org_ids if pk == organisatie.pk]
    qs = (
        _in_dienst(peildatum)
        .filter(organisatie_id__in=org_ids)
        .prefetch_related("vaardigheden__specialisme__domein")
    )
    result = [
        MedewerkerWeergave(m, zicht.op(m.organisatie_id), list(m.vaardigheden.all())) for m in qs
    ]
    return sorted(result, key=lambda w: (w.organisatie.naam, not w.volledig, w.naam))


def medewerker_weergave(*, user: Any, pk: int) -> MedewerkerWeergave:
    """Raises ``Medewerker.DoesNotExist``, or ``PermissionDenied`` when the user may see nothing."""
    m = Medewerker.objects.select_related("organisatie").get(pk=pk)
    zicht = personeel_zicht(user, m.organisatie_id)
    if zicht == PersoneelZicht.GEEN:
        raise PermissionDenied("U mag de gegevens van deze medewerker niet inzien.")
    vaardigheden = list(m.vaardigheden.select_related("specialisme__domein"))
    return MedewerkerWeergave(m, zicht, vaardigheden)


@dataclass(frozen=True)
class AfwezigheidWeergave:
    afwezigheid: Afwezigheid
    medewerker: str  # name or pseudonym
    soort: str  # "verlof", "ziek", "overig" or, for partners, "afwezig"

    @property
    def pk(self) -> int:
        return int(self.afwezigheid.pk)


def _afwezigheden(user: Any, qs: QuerySet[Afwezigheid]) -> list[AfwezigheidWeergave]:
    zicht = Zicht(user)
    result = []
    for a in qs.select_related("medewerker__organisatie"):
        m = a.medewerker
        if zicht.op(m.organisatie_id) == PersoneelZicht.GEEN:
            continue
        soort = (
            a.get_soort_display()
            if afwezigheidssoort_zichtbaar(user, m.organisatie_id)
            else AFWEZIG
        )
        result.append(AfwezigheidWeergave(a, zicht.naam(m), soort))
    return result


def afwezigheden_van(*, user: Any, medewerker: Medewerker) -> list[AfwezigheidWeergave]:
    return _afwezigheden(user, Afwezigheid.objects.filter(medewerker=medewerker))


def afwezigheden_in_periode(
    *, user: Any, samenwerkingsverband: Any, van: dt.date, tot: dt.date
) -> list[AfwezigheidWeergave]:
    """Absences overlapping the period at the alliance's members, as far as the user may see."""
    leden = leden_op(samenwerkingsverband=samenwerkingsverband, peildatum=van)
    qs = Afwezigheid.objects.filter(
        medewerker__organisatie__in=leden, eerste_dag__lte=tot, laatste_dag__gte=van
    ).order_by("eerste_dag", "medewerker__organisatie__naam")
    return _afwezigheden(user, qs)


# --- the skills map -----------------------------------------------------------------------------


@dataclass
class Kaart:
    organisaties: list[Organisatie]
    rijen: list[tuple[Domein, list[tuple[Specialisme, list[analyse.Cell]]]]]
    kwetsbaarheden: list[tuple[analyse.Bevinding, KritiekeTaak, list[str]]]
    tekorten: list[tuple[analyse.Tekort, KritiekeTaak, list[str], list[str]]]
    getoond: list[tuple[int, str, int]]  # (organisation, "medewerker", pk) named or pseudonymised
    aantal_medewerkers: int
    niveaus: list[tuple[int, Any]] = field(default_factory=lambda: list(Niveau.choices))


def kaart(*, user: Any, samenwerkingsverband: Any, peildatum: dt.date) -> Kaart:
    """Heat map, single points of failure and gaps for the alliance's members on the peildatum.

    The heat map holds counts only. Where a finding names people, each is shown as the user may
    see them: a name, a pseudonym, or "een medewerker van <organisatie>".
    """
    leden = leden_op(samenwerkingsverband=samenwerkingsverband, peildatum=peildatum)
    medewerkers = list(
        _in_dienst(peildatum).filter(organisatie__in=leden).prefetch_related("vaardigheden")
    )
    per_pk = {m.pk: m for m in medewerkers}
    holders = [
        analyse.Holder(
            m.pk, m.organisatie_id, {v.specialisme_id: v.niveau for v in m.vaardigheden.all()}
        )
        for m in medewerkers
    ]
    taken = kritieke_taken(organisaties=leden)
    per_taak = {t.pk: t for t in taken}
    needs = [
        analyse.Need(t.pk, t.organisatie_id, t.specialisme_id, t.minimum_niveau, t.aantal_personen)
        for t in taken
    ]
    domeinen = domeinen_met_specialismen()
    org_ids = [o.pk for o in leden]
    cellen = analyse.heatmap(holders, org_ids, [s.pk for _, ss in domeinen for s in ss], needs)
    rijen = [(d, [(s, [cellen[(s.pk, o)] for o in org_ids]) for s in ss]) for d, ss in domeinen]
    zicht = Zicht(user)
    getoond: list[tuple[int, str, int]] = []

    def namen(ids: tuple[int, ...]) -> list[str]:
        """Names or pseudonyms; people the user may not see are only counted per organisation."""
        result = []
        verborgen: dict[str, int] = defaultdict(int)
        for pk in ids:
            m = per_pk[pk]
            if zicht.op(m.organisatie_id) > PersoneelZicht.GEEN:
                getoond.append((m.organisatie_id, "medewerker", m.pk))
                result.append(zicht.naam(m))
            else:
                verborgen[m.organisatie.naam] += 1
        for org, n in sorted(verborgen.items()):
            result.append(f"een medewerker van {org}" if n == 1 else f"{n} medewerkers van {org}")
        return result

    kwetsbaar = [
        (b, per_taak[b.need.id], namen(b.holders) if len(b.holders) <= 3 else [])
        for b in analyse.kwetsbaarheden(holders, needs)
    ]
    tekorten = [
        (t, per_taak[t.need.id], namen(t.develop), namen(t.deploy))
        for t in analyse.tekorten(holders, needs)
    ]
    return Kaart(
        organisaties=leden,
        rijen=rijen,
        kwetsbaarheden=kwetsbaar,
        tekorten=tekorten,
        getoond=getoond,
        aantal_medewerkers=len(medewerkers),
    )


# --- substitution plans -------------------------------------------------------------------------


def vervangingsplannen(*, samenwerkingsverband: Any) -> QuerySet[Vervangingsplan]:
    return Vervangingsplan.objects.filter(samenwerkingsverband=samenwerkingsverband)


def vervangingsplan_get(*, pk: int) -> Vervangingsplan:
    return Vervangingsplan.objects.select_related("samenwerkingsverband").get(pk=pk)


def plan_regels(*, user: Any, plan: Vervangingsplan) -> tuple[list[Regel], set[int]]:
    """Every task-day of a stored plan as the user may see it, and the organisations whose
    people were shown (by name or pseudonym), for the access log.

    A substitute's name shows to their own organisation and to the organisation whose task they
    do (a role other than lezer there); partners see a pseudonym, a lezer of another organisation
    only "een medewerker van <organisatie>". (Rows are read as plain values: a year's plan has
    thousands, and the tasks and people behind them are few.)
    """
    zicht = Zicht(user)
    getoond: set[int] = set()
    inzet = list(
        Inzet.objects.filter(plan=plan).values_list(
            "datum", "taak_id", "medewerker_id", "niveau", "kosten"
        )
    )
    ongedekt = list(
        OngedekteTaakdag.objects.filter(plan=plan).values_list("datum", "taak_id", "reden")
    )
    taken = {
        t.pk: t
        for t in KritiekeTaak.objects.filter(
            pk__in={r[1] for r in inzet} | {r[1] for r in ongedekt}
        ).select_related("organisatie", "specialisme")
    }
    medewerkers = {
        m.pk: m
        for m in Medewerker.objects.filter(pk__in={r[2] for r in inzet}).select_related(
            "organisatie"
        )
    }
    namen: dict[tuple[int, int], str] = {}

    def naam(m: Medewerker, t: KritiekeTaak) -> str:
        key = (m.pk, t.organisatie_id)
        if key not in namen:
            if vervanger_naam_zichtbaar(
                user, vervanger_organisatie=m.organisatie_id, taak_organisatie=t.organisatie_id
            ):
                namen[key] = m.weergavenaam
                getoond.add(m.organisatie_id)
            else:
                namen[key] = zicht.naam(m)
                if zicht.op(m.organisatie_id) > PersoneelZicht.GEEN:
                    getoond.add(m.organisatie_id)
        return namen[key]

    regels: list[Regel] = []
    for datum, taak_id, medewerker_id, niveau, kosten in inzet:
        t, m = taken[taak_id], medewerkers[medewerker_id]
        regels.append(
            Regel(
                datum=datum,
                organisatie=t.organisatie.naam,
                taak=t.naam,
                specialisme=t.specialisme.naam,
                minimumniveau=t.minimum_niveau,
                vervanger=naam(m, t),
                vervanger_organisatie=m.organisatie.naam,
                niveau=niveau,
                kosten=kosten,
                reden="",
            )
        )
    redenen = dict(OngedekteTaakdag.Reden.choices)
    for datum, taak_id, reden in ongedekt:
        t = taken[taak_id]
        regels.append(
            Regel(
                datum=datum,
                organisatie=t.organisatie.naam,
                taak=t.naam,
                specialisme=t.specialisme.naam,
                minimumniveau=t.minimum_niveau,
                vervanger="",
                vervanger_organisatie="",
                niveau=None,
                kosten=None,
                reden=str(redenen[reden]),
                structureel=reden == OngedekteTaakdag.Reden.NIEMAND_BEVOEGD,
            )
        )
    regels.sort(key=lambda r: (r.datum, r.organisatie, r.taak))
    return regels, getoond
