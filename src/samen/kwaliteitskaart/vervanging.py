"""From the database to the planner and back: the input of a substitution plan for an alliance.

Who takes part: the organisations that are ``lid`` of the alliance on the first day of the
period; their critical tasks; their employees in service on at least one day of the period. A day
on which an employee is absent or not (yet, or any more) in service is a day they are unavailable.
Travel time between two organisations comes from their town halls (:class:`Standplaats`); when
one is unknown, :data:`REISMINUTEN_ONBEKEND` is used.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from samen.kwaliteitskaart.models import Afwezigheid, KritiekeTaak, Medewerker, Standplaats
from samen.kwaliteitskaart.solver import Person, Plan, Problem, Reason, Task, working_days
from samen.kwaliteitskaart.solver.travel import travel_minutes
from samen.kwaliteitskaart.uitvoer import Regel
from samen.organisaties.selectors import organisaties_met_status

REISMINUTEN_ONBEKEND = 30
#: The planner in a web request: at most this many calendar days ...
UI_MAX_DAGEN = 42
#: ... and at most this much work: candidate (task, person) pairs summed over the working days.
#: Measured on this 2-core machine at about 1.1 million per second (the benchmark region, 30
#: working days: 0.94 million in 0.83 s); the limit keeps the solve under about 1.5 seconds.
UI_MAX_OMVANG = 1_500_000


@dataclass
class PlanInvoer:
    problem: Problem
    taken: dict[int, KritiekeTaak]
    medewerkers: dict[int, Medewerker]

    @property
    def omvang(self) -> int:
        """Candidate (task, qualified person) pairs times working days: the planner's work."""
        levels: dict[int, list[int]] = defaultdict(list)
        for p in self.problem.persons:
            for s, level in p.skills.items():
                levels[s].append(level)
        pairs = sum(
            sum(1 for lv in levels.get(t.specialism, []) if lv >= t.min_level)
            for t in self.problem.tasks
        )
        return pairs * len(self.problem.days)


def plan_invoer(
    *, samenwerkingsverband: Any, van: dt.date, tot: dt.date, taakuren: Decimal | float = 2
) -> PlanInvoer:
    organisaties = list(
        organisaties_met_status(
            samenwerkingsverband=samenwerkingsverband, peildatum=van, statussen=["lid"]
        )
    )
    org_ids = [o.pk for o in organisaties]
    days = working_days(van, tot)
    taken = {
        t.pk: t
        for t in KritiekeTaak.objects.filter(organisatie_id__in=org_ids).select_related(
            "organisatie", "specialisme"
        )
    }
    medewerkers = {
        m.pk: m
        for m in Medewerker.objects.filter(organisatie_id__in=org_ids)
        .overlappend(van, tot + dt.timedelta(days=1))
        .select_related("organisatie")
        .prefetch_related("vaardigheden")
    }
    werkdagen = set(days)
    afwezig: dict[int, set[dt.date]] = defaultdict(set)
    for a in Afwezigheid.objects.filter(
        medewerker_id__in=medewerkers, eerste_dag__lte=tot, laatste_dag__gte=van
    ):
        d, laatste = max(a.eerste_dag, van), min(a.laatste_dag, tot)
        while d <= laatste:
            if d in werkdagen:
                afwezig[a.medewerker_id].add(d)
            d += dt.timedelta(days=1)
    persons = []
    for m in medewerkers.values():
        niet_in_dienst = {d for d in days if not m.geldig_op(d)}
        persons.append(
            Person(
                id=m.pk,
                organisation=m.organisatie_id,
                skills={v.specialisme_id: v.niveau for v in m.vaardigheden.all()},
                hours_per_day=float(m.uren_per_week) / 5,
                unavailable=frozenset(afwezig[m.pk] | niet_in_dienst),
            )
        )
    tasks = [
        Task(
            id=t.pk,
            organisation=t.organisatie_id,
            specialism=t.specialisme_id,
            min_level=t.minimum_niveau,
        )
        for t in taken.values()
    ]
    problem = Problem(
        persons=persons,
        tasks=tasks,
        days=days,
        task_hours=float(taakuren),
        travel_minutes=_reistijden(org_ids),
    )
    return PlanInvoer(problem=problem, taken=taken, medewerkers=medewerkers)


def _reistijden(org_ids: list[int]) -> dict[tuple[int, int], int]:
    plaatsen = {s.organisatie_id: s for s in Standplaats.objects.filter(organisatie_id__in=org_ids)}
    result = {}
    for a in org_ids:
        for b in org_ids:
            if a == b:
                continue
            pa, pb = plaatsen.get(a), plaatsen.get(b)
            if pa is None or pb is None:
                result[(a, b)] = REISMINUTEN_ONBEKEND
            else:
                result[(a, b)] = travel_minutes(
                    float(pa.breedtegraad), float(pa.lengtegraad),
                    float(pb.breedtegraad), float(pb.lengtegraad),
                )  # fmt: skip
    return result


def regels(invoer: PlanInvoer, plan: Plan) -> list[Regel]:
    """Every task-day of a freshly computed plan, with full names (for the command line, whose
    operator has the database itself; the web pages go through :mod:`.selectors`)."""
    personen = {p.id: p for p in invoer.problem.persons}
    result = []
    for a in plan.assignments:
        t, m = invoer.taken[a.task], invoer.medewerkers[a.person]
        result.append(
            Regel(
                datum=a.day,
                organisatie=t.organisatie.naam,
                taak=t.naam,
                specialisme=t.specialisme.naam,
                minimumniveau=t.minimum_niveau,
                vervanger=m.weergavenaam,
                vervanger_organisatie=m.organisatie.naam,
                niveau=personen[a.person].level(t.specialisme_id),
                kosten=a.cost,
                reden="",
            )
        )
    for u in plan.uncovered:
        t = invoer.taken[u.task]
        result.append(
            Regel(
                datum=u.day,
                organisatie=t.organisatie.naam,
                taak=t.naam,
                specialisme=t.specialisme.naam,
                minimumniveau=t.minimum_niveau,
                vervanger="",
                vervanger_organisatie="",
                niveau=None,
                kosten=None,
                reden=u.reason.label,
                structureel=u.reason == Reason.NOBODY_QUALIFIED,
            )
        )
    result.sort(key=lambda r: (r.datum, r.organisatie, r.taak))
    return result
