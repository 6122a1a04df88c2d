"""The planner on small cases whose optimum is worked out by hand (no Django)."""

from __future__ import annotations

import datetime as dt

import pytest

from samen.kwaliteitskaart.solver import (
    Costs,
    Person,
    Problem,
    Reason,
    Task,
    plan_violations,
    solve,
    working_days,
)
from samen.kwaliteitskaart.solver.bound import coverage_bound
from samen.kwaliteitskaart.solver.greedy import solve_greedy
from samen.kwaliteitskaart.solver.problem import objective
from samen.kwaliteitskaart.solver.travel import travel_minutes

MA, DI, WO = dt.date(2012, 7, 2), dt.date(2012, 7, 3), dt.date(2012, 7, 4)
A, B, C = 1, 2, 3  # organisations
NET, GIS = 10, 20  # specialisms
COSTS = Costs(partner=100, per_travel_minute=1, per_level_above=3, fairness=15)


def person(pid: int, org: int, skills: dict[int, int], hours: float = 7.2, absent=()) -> Person:
    return Person(pid, org, skills, hours_per_day=hours, unavailable=frozenset(absent))


def problem(persons, tasks, days=(MA,), travel=None, **kwargs) -> Problem:
    return Problem(
        persons=persons,
        tasks=tasks,
        days=list(days),
        travel_minutes=travel or {},
        costs=kwargs.pop("costs", COSTS),
        **kwargs,
    )


def test_working_days_of_2012_leave_out_weekends_and_the_dutch_holidays():
    # 2012 starts on a Sunday: 52 full weeks plus Sunday 30 and Monday 31 December = 261
    # weekdays. Holidays on a weekday: Goede vrijdag 6/4, Tweede paasdag 9/4, Koninginnedag 30/4,
    # Hemelvaartsdag 17/5, Tweede pinksterdag 28/5, both Christmas days 25 and 26/12 (1/1 is a
    # Sunday). 261 - 7 = 254.
    assert len(working_days(dt.date(2012, 1, 1), dt.date(2012, 12, 31))) == 254
    easter = working_days(dt.date(2012, 4, 2), dt.date(2012, 4, 13))
    assert dt.date(2012, 4, 6) not in easter and dt.date(2012, 4, 9) not in easter
    assert len(easter) == 8


def test_the_own_person_at_the_needed_level_is_cheapest():
    # Both qualified, same organisation; the expert costs 3 per level above the minimum 2.
    p = problem([person(1, A, {NET: 4}), person(2, A, {NET: 2})], [Task(100, A, NET, 2)])
    plan = solve(p)
    assert [(a.task, a.person) for a in plan.assignments] == [(100, 2)]
    assert plan.cost == 0


def test_an_absent_own_person_is_replaced_by_the_nearest_partner():
    travel = {(B, A): 20, (C, A): 45}
    p = problem(
        [person(1, A, {NET: 2}, absent=[MA]), person(2, B, {NET: 2}), person(3, C, {NET: 2})],
        [Task(100, A, NET, 2)],
        travel=travel,
    )
    plan = solve(p)
    assert [a.person for a in plan.assignments] == [2]
    assert plan.cost == 100 + 20  # partner plus 20 minutes travel


def test_load_is_spread_before_it_is_stacked():
    # Two tasks, two equal people who could each do three: one each costs 0, both on one 15.
    p = problem(
        [person(1, A, {NET: 2}), person(2, A, {NET: 2})],
        [Task(100, A, NET, 2), Task(101, A, NET, 2)],
    )
    plan = solve(p)
    assert sorted(a.person for a in plan.assignments) == [1, 2]
    assert plan.cost == 0


def test_coverage_comes_before_cost():
    # P1 (own, only 2 hours: one task-day) can do both tasks, P2 (partner, 30 min) only task 100.
    # Cheapest would give task 100 to P1, leaving 101 uncovered. The optimum covers both:
    # 101 -> P1 (0), 100 -> P2 (100 + 30) = 130. By hand; the greedy baseline misses it.
    p = problem(
        [person(1, A, {NET: 2, GIS: 2}, hours=2), person(2, B, {NET: 2})],
        [Task(100, A, NET, 2), Task(101, A, GIS, 2)],
        travel={(B, A): 30},
    )
    plan = solve(p)
    assert plan.covered == 2
    assert {(a.task, a.person) for a in plan.assignments} == {(101, 1), (100, 2)}
    assert plan.cost == 130
    greedy = solve_greedy(p)
    assert greedy.covered == 1


def test_fairness_cost_is_convex_per_person_and_day():
    # One person, three tasks, capacity 3: costs 0 + 15 + 30 = 45 on one day.
    p = problem([person(1, A, {NET: 2})], [Task(100 + i, A, NET, 2) for i in range(3)])
    plan = solve(p)
    assert plan.covered == 3
    assert plan.cost == 45 == objective(p, plan.assignments)


def test_hours_limit_the_task_days_of_a_person():
    # 16 hours a week = 3.2 a day: one task-day of 2 hours; the second task stays uncovered.
    p = problem([person(1, A, {NET: 2}, hours=3.2)], [Task(100, A, NET, 2), Task(101, A, NET, 2)])
    plan = solve(p)
    assert plan.covered == 1
    assert [u.reason for u in plan.uncovered] == [Reason.ALL_BOOKED]


def test_every_reason_for_an_uncovered_task_day():
    p = problem(
        [
            person(1, A, {NET: 2}, absent=[MA]),
            person(2, A, {GIS: 1}),  # below the minimum level 2
            person(3, B, {GIS: 3}, hours=2),  # one task-day only
        ],
        [
            Task(100, A, NET, 2),  # only person 1, absent
            Task(101, A, GIS, 4),  # nobody at level 4
            Task(102, A, GIS, 2),  # person 3
            Task(103, B, GIS, 2),  # person 3 too, but booked
        ],
    )
    plan = solve(p)
    reasons = {u.task: u.reason for u in plan.uncovered}
    assert reasons[100] == Reason.ALL_ABSENT
    assert reasons[101] == Reason.NOBODY_QUALIFIED
    assert len(plan.assignments) == 1 and plan.assignments[0].person == 3
    booked = ({102, 103} - {plan.assignments[0].task}).pop()
    assert reasons[booked] == Reason.ALL_BOOKED


def test_each_day_is_planned_with_who_is_there_that_day():
    p = problem(
        [person(1, A, {NET: 2}, absent=[DI]), person(2, B, {NET: 2})],
        [Task(100, A, NET, 2)],
        days=[MA, DI, WO],
        travel={(B, A): 10},
    )
    plan = solve(p)
    assert [(a.day, a.person) for a in plan.assignments] == [(MA, 1), (DI, 2), (WO, 1)]
    assert plan.cost == 110
    assert plan_violations(p, plan) == []
    assert coverage_bound(p) == plan.covered == 3


def test_no_tasks_or_no_people_gives_an_empty_plan():
    empty = solve(problem([], [], days=[MA, DI]))
    assert empty.covered == 0 and empty.uncovered == [] and empty.cost == 0
    nobody = solve(problem([], [Task(100, A, NET, 1)], days=[MA, DI]))
    assert [u.reason for u in nobody.uncovered] == [Reason.NOBODY_QUALIFIED] * 2


def test_plan_violations_catch_an_absent_unqualified_or_overbooked_person():
    from samen.kwaliteitskaart.solver import Assignment, Plan

    p = problem(
        [person(1, A, {NET: 2}, hours=2, absent=[DI]), person(2, A, {GIS: 2})],
        [Task(100, A, NET, 2), Task(101, A, NET, 2)],
        days=[MA, DI],
    )
    bad = Plan(
        days=[MA, DI],
        task_days=4,
        assignments=[
            Assignment(MA, 100, 1, 0),
            Assignment(MA, 101, 1, 0),  # second task-day on a 2-hour day
            Assignment(DI, 100, 1, 0),  # absent
            Assignment(DI, 101, 2, 0),  # no NET
        ],
        uncovered=[],
        cost=0,
    )
    found = " ".join(plan_violations(p, bad))
    assert "absent" in found and "not qualified" in found and "hours" in found


def test_travel_minutes_between_dalfsen_and_staphorst_are_plausible():
    # About 15.5 km as the crow flies; times 1.3 for the roads at 60 km/h: about 20 minutes.
    minutes = travel_minutes(52.5085, 6.2545, 52.6455, 6.2100)
    assert 17 <= minutes <= 23
    assert travel_minutes(52.5, 6.2, 52.5, 6.2) == 0


def test_bad_task_hours_are_refused():
    with pytest.raises(ValueError):
        problem([person(1, A, {NET: 2})], [], task_hours=0).capacity(person(1, A, {}))
