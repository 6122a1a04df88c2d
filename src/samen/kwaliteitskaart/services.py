"""Writes on the kwaliteitskaart: catalogue, required profiles, staff, skills, absences, plans.

Every write on personal data (employees, skills, absences) is logged in :class:`Toegangslog`
with who did it (``door``: a user, or a label such as ``"opdrachtregel"`` or ``"demo"``).
The installation-wide processing log (:mod:`samen.logboek`) records the same writes through its
signals; views and exports of personal data reach it from :func:`toegang_log` and
:func:`toegang_log_inzage` (with the VNG Verwerkingenlogging fields).
Authorization is the caller's: views ask :mod:`samen.accounts.authz` first.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from django.db import transaction

from samen.core.dates import format_datum
from samen.core.services import fout, save_validated
from samen.kwaliteitskaart.models import (
    Afwezigheid,
    Domein,
    Inzet,
    KritiekeTaak,
    Medewerker,
    OngedekteTaakdag,
    Specialisme,
    Standplaats,
    Toegangslog,
    Vaardigheid,
    Vervangingsplan,
)
from samen.kwaliteitskaart.solver import Plan, solve
from samen.kwaliteitskaart.vervanging import PlanInvoer, plan_invoer
from samen.logboek import services as logboek
from samen.logboek.context import Actor, huidige_actor

Actie = Toegangslog.Actie
MAX_PLAN_DAGEN = 3 * 366


# --- the access log -----------------------------------------------------------------------------


def _door(door: Any) -> tuple[Any, str]:
    if door is None:
        return None, "systeem"
    if isinstance(door, str):
        return None, door
    return (door if getattr(door, "pk", None) else None), str(getattr(door, "username", door))


_INZAGE = {Actie.INZIEN, Actie.EXPORTEREN}


def _logboek_actor(gebruiker: Any, naam: str) -> Actor | None:
    """The bound actor (web, api, cli, taak), or one made from ``door`` when none is bound."""
    actor = huidige_actor()
    if actor is not None:
        return actor
    return Actor(
        gebruiker_id=getattr(gebruiker, "pk", None),
        gebruikersnaam=naam,
        herkomst="cli" if naam == "opdrachtregel" else "systeem",
    )


def toegang_log(
    *,
    door: Any,
    organisatie_id: int,
    objecttype: str,
    object_id: Any,
    actie: str,
    omschrijving: str = "",
) -> Toegangslog:
    gebruiker, naam = _door(door)
    if actie in _INZAGE:  # writes reach the processing log through its signals
        logboek.inzage_vastleggen(
            objecten=[(organisatie_id, objecttype, object_id)],
            actie=actie,
            omschrijving=omschrijving,
            actor=_logboek_actor(gebruiker, naam),
        )
    return Toegangslog.objects.create(
        gebruiker=gebruiker,
        gebruikersnaam=naam,
        organisatie_id=organisatie_id,
        objecttype=objecttype,
        object_id=str(object_id or ""),
        actie=actie,
        omschrijving=omschrijving[:300],
    )


def toegang_log_inzage(
    *,
    door: Any,
    objecten: Iterable[tuple[int, str, Any]],
    actie: str = Actie.INZIEN,
    omschrijving: str = "",
) -> int:
    """Log a view (or export) of several records at once: ``(organisatie_id, objecttype, id)``."""
    gebruiker, naam = _door(door)
    regels = [
        Toegangslog(
            gebruiker=gebruiker,
            gebruikersnaam=naam,
            organisatie_id=org,
            objecttype=soort,
            object_id=str(pk or ""),
            actie=actie,
            omschrijving=omschrijving[:300],
        )
        for org, soort, pk in objecten
    ]
    Toegangslog.objects.bulk_create(regels)
    logboek.inzage_vastleggen(
        objecten=[(r.organisatie_id, r.objecttype, r.object_id) for r in regels],
        actie=actie,
        omschrijving=omschrijving,
        actor=_logboek_actor(gebruiker, naam),
    )
    return len(regels)


# --- catalogue, town halls and required profiles (no personal data) ----------------------------


def domein_create(*, naam: str, slug: str, volgorde: int = 0) -> Domein:
    return save_validated(Domein(naam=naam, slug=slug, volgorde=volgorde))


def specialisme_create(
    *, domein: Domein, naam: str, slug: str, omschrijving: str = ""
) -> Specialisme:
    return save_validated(
        Specialisme(domein=domein, naam=naam, slug=slug, omschrijving=omschrijving)
    )


def standplaats_set(
    *, organisatie: Any, omschrijving: str, breedtegraad: Decimal, lengtegraad: Decimal
) -> Standplaats:
    plaats = Standplaats.objects.filter(organisatie=organisatie).first() or Standplaats(
        organisatie=organisatie
    )
    plaats.omschrijving = omschrijving
    plaats.breedtegraad = breedtegraad
    plaats.lengtegraad = lengtegraad
    return save_validated(plaats)


def kritieke_taak_create(
    *,
    organisatie: Any,
    naam: str,
    specialisme: Specialisme,
    minimum_niveau: int,
    aantal_personen: int = 2,
    omschrijving: str = "",
) -> KritiekeTaak:
    return save_validated(
        KritiekeTaak(
            organisatie=organisatie,
            naam=naam.strip(),
            specialisme=specialisme,
            minimum_niveau=minimum_niveau,
            aantal_personen=aantal_personen,
            omschrijving=omschrijving,
        )
    )


# --- staff, skills and absences (personal data: every write is logged) ------------------------


@transaction.atomic
def medewerker_create(
    *,
    organisatie: Any,
    personeelsnummer: str,
    naam: str,
    afdeling: str,
    uren_per_week: Decimal,
    begindatum: dt.date,
    functie: str = "",
    einddatum: dt.date | None = None,
    fictief: bool = False,
    door: Any = None,
) -> Medewerker:
    medewerker = save_validated(
        Medewerker(
            organisatie=organisatie,
            personeelsnummer=personeelsnummer.strip(),
            naam=naam.strip(),
            afdeling=afdeling.strip(),
            functie=functie.strip(),
            uren_per_week=uren_per_week,
            begindatum=begindatum,
            einddatum=einddatum,
            fictief=fictief,
        )
    )
    toegang_log(
        door=door, organisatie_id=medewerker.organisatie_id, objecttype="medewerker",
        object_id=medewerker.pk, actie=Actie.AANMAKEN,
    )  # fmt: skip
    return medewerker


MEDEWERKER_VELDEN = (
    "naam",
    "afdeling",
    "functie",
    "uren_per_week",
    "begindatum",
    "einddatum",
    "fictief",
)


@transaction.atomic
def medewerker_update(*, medewerker: Medewerker, door: Any = None, **velden: Any) -> Medewerker:
    onbekend = set(velden) - set(MEDEWERKER_VELDEN)
    if onbekend:
        raise fout("naam", f"Onbekende velden: {', '.join(sorted(onbekend))}.")
    gewijzigd = [k for k, v in velden.items() if getattr(medewerker, k) != v]
    for k, v in velden.items():
        setattr(medewerker, k, v.strip() if isinstance(v, str) else v)
    save_validated(medewerker)
    if gewijzigd:
        toegang_log(
            door=door, organisatie_id=medewerker.organisatie_id, objecttype="medewerker",
            object_id=medewerker.pk, actie=Actie.WIJZIGEN, omschrijving=", ".join(gewijzigd),
        )  # fmt: skip
    return medewerker


@transaction.atomic
def vaardigheid_set(
    *, medewerker: Medewerker, specialisme: Specialisme, niveau: int, door: Any = None
) -> Vaardigheid:
    """Give an employee a specialism at a level, or change the level they hold."""
    vaardigheid = Vaardigheid.objects.filter(medewerker=medewerker, specialisme=specialisme).first()
    actie = Actie.WIJZIGEN if vaardigheid else Actie.AANMAKEN
    if vaardigheid is None:
        vaardigheid = Vaardigheid(medewerker=medewerker, specialisme=specialisme)
    elif vaardigheid.niveau == niveau:
        return vaardigheid
    vaardigheid.niveau = niveau
    save_validated(vaardigheid)
    toegang_log(
        door=door, organisatie_id=medewerker.organisatie_id, objecttype="vaardigheid",
        object_id=vaardigheid.pk, actie=actie, omschrijving=f"medewerker {medewerker.pk}",
    )  # fmt: skip
    return vaardigheid


@transaction.atomic
def vaardigheid_remove(*, vaardigheid: Vaardigheid, door: Any = None) -> None:
    medewerker = vaardigheid.medewerker
    pk = vaardigheid.pk
    vaardigheid.delete()
    toegang_log(
        door=door, organisatie_id=medewerker.organisatie_id, objecttype="vaardigheid",
        object_id=pk, actie=Actie.VERWIJDEREN, omschrijving=f"medewerker {medewerker.pk}",
    )  # fmt: skip


@transaction.atomic
def afwezigheid_create(
    *,
    medewerker: Medewerker,
    soort: str,
    eerste_dag: dt.date,
    laatste_dag: dt.date,
    door: Any = None,
) -> Afwezigheid:
    """Register an absence: its type and period only; never a medical detail."""
    if laatste_dag < eerste_dag:
        raise fout("laatste_dag", "De laatste dag mag niet vóór de eerste dag liggen.")
    if (laatste_dag - eerste_dag).days > 366:
        raise fout(
            "laatste_dag",
            "Een afwezigheid duurt hier hoogstens een jaar; registreer een langere in delen.",
        )
    if eerste_dag < medewerker.begindatum or (
        medewerker.einddatum is not None and laatste_dag >= medewerker.einddatum
    ):
        raise fout(
            "eerste_dag",
            "De afwezigheid valt (deels) buiten de periode dat deze medewerker in dienst is.",
        )
    overlap = (
        Afwezigheid.objects.filter(
            medewerker=medewerker, eerste_dag__lte=laatste_dag, laatste_dag__gte=eerste_dag
        )
        .order_by("eerste_dag")
        .first()
    )
    if overlap is not None:
        raise fout(
            "eerste_dag",
            f"Deze medewerker is in die periode al afwezig: van {format_datum(overlap.eerste_dag)} "
            f"tot en met {format_datum(overlap.laatste_dag)}.",
        )
    afwezigheid = save_validated(
        Afwezigheid(
            medewerker=medewerker, soort=soort, eerste_dag=eerste_dag, laatste_dag=laatste_dag
        )
    )
    toegang_log(
        door=door, organisatie_id=medewerker.organisatie_id, objecttype="afwezigheid",
        object_id=afwezigheid.pk, actie=Actie.AANMAKEN, omschrijving=f"medewerker {medewerker.pk}",
    )  # fmt: skip
    return afwezigheid


@transaction.atomic
def afwezigheid_delete(*, afwezigheid: Afwezigheid, door: Any = None) -> None:
    medewerker = afwezigheid.medewerker
    pk = afwezigheid.pk
    afwezigheid.delete()
    toegang_log(
        door=door, organisatie_id=medewerker.organisatie_id, objecttype="afwezigheid",
        object_id=pk, actie=Actie.VERWIJDEREN, omschrijving=f"medewerker {medewerker.pk}",
    )  # fmt: skip


# --- substitution plans -------------------------------------------------------------------------


def periode_check(van: dt.date, tot: dt.date, *, max_dagen: int = MAX_PLAN_DAGEN) -> None:
    if tot < van:
        raise fout(
            "tot", "De periode eindigt vóór ze begint: kies een einddatum op of na de begindatum."
        )
    if (tot - van).days + 1 > max_dagen:
        raise fout("tot", f"De periode is te lang: hoogstens {max_dagen} dagen.")


def vervangingsplan_bereken(
    *,
    samenwerkingsverband: Any,
    van: dt.date,
    tot: dt.date,
    taakuren: Decimal = Decimal(2),
    max_omvang: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> tuple[PlanInvoer, Plan]:
    """Compute the optimal plan without storing it. ``max_omvang`` refuses a plan too large."""
    periode_check(van, tot)
    if taakuren <= 0 or taakuren > 8:
        raise fout("taakuren", "Een taakdag duurt meer dan 0 en hoogstens 8 uur.")
    invoer = plan_invoer(
        samenwerkingsverband=samenwerkingsverband, van=van, tot=tot, taakuren=taakuren
    )
    if max_omvang is not None and invoer.omvang > max_omvang:
        raise fout(
            "tot",
            "Dit plan is te groot om hier op de pagina te berekenen "
            f"({len(invoer.problem.days)} werkdagen, {len(invoer.problem.tasks)} kritieke taken). "
            "Kies een kortere periode, of bereken het op de opdrachtregel: samen substitution plan "
            f"--samenwerkingsverband {samenwerkingsverband.slug} --van {van.isoformat()} "
            f"--tot {tot.isoformat()} --opslaan",
        )
    return invoer, solve(invoer.problem, progress=progress)


@transaction.atomic
def vervangingsplan_create(
    *,
    samenwerkingsverband: Any,
    van: dt.date,
    tot: dt.date,
    taakuren: Decimal = Decimal(2),
    door: Any = None,
    max_omvang: int | None = None,
    progress: Callable[[int], object] | None = None,
) -> Vervangingsplan:
    """Compute the optimal plan for the alliance and period, and store it."""
    started = time.perf_counter()
    invoer, plan = vervangingsplan_bereken(
        samenwerkingsverband=samenwerkingsverband, van=van, tot=tot, taakuren=taakuren,
        max_omvang=max_omvang, progress=progress,
    )  # fmt: skip
    return vervangingsplan_opslaan(
        samenwerkingsverband=samenwerkingsverband, invoer=invoer, plan=plan, van=van, tot=tot,
        taakuren=taakuren, door=door, seconden=time.perf_counter() - started,
    )  # fmt: skip


@transaction.atomic
def vervangingsplan_opslaan(
    *,
    samenwerkingsverband: Any,
    invoer: PlanInvoer,
    plan: Plan,
    van: dt.date,
    tot: dt.date,
    taakuren: Decimal,
    door: Any = None,
    seconden: float | None = None,
) -> Vervangingsplan:
    """Store a plan computed by :func:`vervangingsplan_bereken`."""
    gebruiker, _ = _door(door)
    opgeslagen = Vervangingsplan.objects.create(
        samenwerkingsverband=samenwerkingsverband,
        van=van,
        tot=tot,
        taakuren=taakuren,
        berekend_door=gebruiker,
        aantal_taakdagen=plan.task_days,
        aantal_gedekt=plan.covered,
        kosten=plan.cost,
        rekentijd_ms=round((plan.seconds if seconden is None else seconden) * 1000),
    )
    personen = {p.id: p for p in invoer.problem.persons}
    specialisme = {t.id: t.specialism for t in invoer.problem.tasks}
    Inzet.objects.bulk_create(
        (
            Inzet(
                plan=opgeslagen,
                datum=a.day,
                taak_id=a.task,
                medewerker_id=a.person,
                kosten=a.cost,
                niveau=personen[a.person].level(specialisme[a.task]),
            )
            for a in plan.assignments
        ),
        batch_size=2000,
    )
    OngedekteTaakdag.objects.bulk_create(
        (
            OngedekteTaakdag(plan=opgeslagen, datum=u.day, taak_id=u.task, reden=u.reason.value)
            for u in plan.uncovered
        ),
        batch_size=2000,
    )
    return opgeslagen
