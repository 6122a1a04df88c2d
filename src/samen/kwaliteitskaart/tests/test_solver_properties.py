"""Properties of the planner on random problems (hypothesis), against independent references:
the rules (:func:`plan_violations`), a max-flow bound, and an exhaustive search on tiny cases."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samen.kwaliteitskaart.solver import Costs, Person, Problem, Task, plan_violations, solve
from samen.kwaliteitskaart.solver.bound import coverage_bound
from samen.kwaliteitskaart.solver.greedy import solve_greedy
from samen.kwaliteitskaart.solver.problem import Assignment, objective

DAYS = [dt.date(2012, 7, 2) + dt.timedelta(days=i) for i in range(5)]  # Monday to Friday
ORGS = [1, 2, 3]
SPECIALISMS = [10, 11, 12]


@st.composite
def problems(draw, max_persons: int = 6, max_tasks: int = 6, max_days: int = 3) -> Problem:
    days = DAYS[: draw(st.integers(1, max_days))]
    persons = []
    for pid in range(draw(st.integers(0, max_persons))):
        skills = draw(st.dictionaries(st.sampled_from(SPECIALISMS), st.integers(1, 4), max_size=3))
        persons.append(
            Person(
                id=pid,
                organisation=draw(st.sampled_from(ORGS)),
                skills=skills,
                hours_per_day=draw(st.sampled_from([0.5, 2.0, 3.2, 4.8, 6.4, 7.2, 8.0])),
                unavailable=frozenset(draw(st.sets(st.sampled_from(days)))),
            )
        )
    tasks = [
        Task(
            id=100 + t,
            organisation=draw(st.sampled_from(ORGS)),
            specialism=draw(st.sampled_from(SPECIALISMS)),
            min_level=draw(st.integers(1, 4)),
        )
        for t in range(draw(st.integers(0, max_tasks)))
    ]
    travel = {(a, b): draw(st.integers(0, 60)) for a in ORGS for b in ORGS if a != b}
    return Problem(
        persons=persons,
        tasks=tasks,
        days=days,
        task_hours=draw(st.sampled_from([1.0, 2.0, 2.5])),
        travel_minutes=travel,
        costs=Costs(
            partner=draw(st.integers(0, 200)),
            per_level_above=draw(st.integers(0, 10)),
            fairness=draw(st.integers(0, 30)),
        ),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_no_plan_assigns_an_absent_or_unqualified_person_or_exceeds_hours(p: Problem):
    plan = solve(p)
    assert plan_violations(p, plan) == []
    persons = {x.id: x for x in p.persons}
    tasks = {t.id: t for t in p.tasks}
    for a in plan.assignments:  # the same rules, spelled out once more
        assert a.day not in persons[a.person].unavailable
        assert persons[a.person].level(tasks[a.task].specialism) >= tasks[a.task].min_level
    for (pid, _day), group in itertools.groupby(
        sorted(plan.assignments, key=lambda a: (a.person, a.day)), key=lambda a: (a.person, a.day)
    ):
        assert len(list(group)) * p.task_hours <= persons[pid].hours_per_day + 1e-9


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_coverage_equals_the_max_flow_bound_and_beats_greedy(p: Problem):
    plan = solve(p)
    assert plan.covered == coverage_bound(p)
    greedy = solve_greedy(p)
    assert plan_violations(p, greedy) == []
    assert plan.covered >= greedy.covered
    if plan.covered == greedy.covered:
        assert plan.cost <= greedy.cost
    assert plan.cost == objective(p, plan.assignments)


def brute_force(p: Problem) -> tuple[int, int]:
    """The lexicographic optimum (most task-days covered, then least cost) by trying every way
    of giving each task-day to a qualified present person or to nobody."""
    slots = [(d, t) for d in p.days for t in p.tasks]
    options = [
        [None] + [x for x in p.persons if p.qualified(x, t) and d not in x.unavailable]
        for d, t in slots
    ]
    best: tuple[int, int] | None = None
    for choice in itertools.product(*options):
        load: dict[tuple[int, dt.date], int] = {}
        ok = True
        assignments = []
        for (d, t), x in zip(slots, choice, strict=True):
            if x is None:
                continue
            load[(x.id, d)] = load.get((x.id, d), 0) + 1
            if load[(x.id, d)] * p.task_hours > x.hours_per_day + 1e-9:
                ok = False
                break
            assignments.append(Assignment(d, t.id, x.id, p.assignment_cost(x, t)))
        if not ok:
            continue
        key = (-len(assignments), objective(p, assignments))
        if best is None or key < best:
            best = key
    assert best is not None
    return -best[0], best[1]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_persons=3, max_tasks=3, max_days=2))
def test_the_plan_is_the_lexicographic_optimum_of_an_exhaustive_search(p: Problem):
    plan = solve(p)
    assert (plan.covered, plan.cost) == brute_force(p)
