"""Benchmark of the substitution planner on a generated region.

25 municipalities, 2,000 staff, 60 specialisms in 6 domains, every working day of a year (Dutch
public holidays from the ``holidays`` package excluded) and realistic absence. Prints, in one run:

- the optimal plan (min cost flow per day): solve time, covered task-days, cost;
- an upper bound on the covered task-days from an independent max flow per day;
- a greedy baseline: time, covered task-days, cost;
- whether every plan obeys the rules (nobody absent, unqualified or over their hours).

Run: ``.venv/bin/python bench/bench_substitution.py [--seed 2012] [--year 2012]``.

The generator, with its assumptions:

- municipalities of 40 to 140 staff in ICT and Belastingen & Geo-like departments; town halls
  scattered over a 60 x 60 km area (like Overijssel), travel time from the coordinates;
- specialism popularity among staff is skewed (a few common, many rare: weights 1/rank^1.5), each
  person holds 2 to 4 specialisms, levels 1-4 with shares 25/40/25/10 %;
- contracts of 36, 32, 28, 24 and 16 hours a week (50/20/10/15/5 %); a task-day takes 2 hours;
- 24 critical tasks per municipality, each specialism equally likely (so rare specialisms are
  needed too, which makes the region tight), minimum level 2 (70 %) or 3 (30 %);
- leave: a summer block of 10 to 15 working days between 1 July and 31 August, one week in
  spring or autumn, four single days (about 9 % of working days); illness of roughly 4 % of
  working days, the order of magnitude of sick leave in Dutch public administration: 1.1 spells
  a year per person on average, 60 % of 1-3 working days, 25 % of 4-10, 11 % of 2-6 weeks, 4 %
  of 3-6 months.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from samen.kwaliteitskaart.solver import Person, Problem, Task, plan_violations, solve
from samen.kwaliteitskaart.solver.bound import coverage_bound
from samen.kwaliteitskaart.solver.greedy import solve_greedy
from samen.kwaliteitskaart.solver.travel import travel_minutes
from samen.kwaliteitskaart.solver.workdays import working_days

MUNICIPALITIES = 25
STAFF = 2000
SPECIALISMS = 60
TASKS_PER_MUNICIPALITY = 24
ILL_SHARE = 0.0  # set by generate(): the share of person-days ill


def _weighted(rng: random.Random, weights: list[float]) -> int:
    return rng.choices(range(len(weights)), weights=weights)[0]


def _spells(rng: random.Random, days: list[dt.date]) -> tuple[set[dt.date], set[dt.date]]:
    """The working days one person is on leave, and is ill, over the year."""
    year = days[0].year
    index = {d: i for i, d in enumerate(days)}

    def block(into: set[dt.date], start: dt.date, length: int) -> None:
        first = min((d for d in days if d >= start), default=None)
        if first is not None:
            into.update(days[index[first] : index[first] + length])

    leave: set[dt.date] = set()
    block(leave, dt.date(year, 7, 1) + dt.timedelta(days=rng.randrange(0, 45)), rng.randint(10, 15))
    block(leave, dt.date(year, rng.choice([4, 5, 10]), rng.randint(1, 24)), 5)
    for _ in range(4):
        leave.add(rng.choice(days))
    ill: set[dt.date] = set()
    for _ in range(_poisson(rng, 1.1)):
        r = rng.random()
        length = (
            rng.randint(1, 3)
            if r < 0.60
            else rng.randint(4, 10)
            if r < 0.85
            else rng.randint(10, 30)
            if r < 0.96
            else rng.randint(60, 130)
        )
        block(ill, rng.choice(days), length)
    return leave, ill


def _poisson(rng: random.Random, mean: float) -> int:
    n, limit, product = 0, pow(2.718281828459045, -mean), rng.random()
    while product > limit:
        n += 1
        product *= rng.random()
    return n


def generate(seed: int, year: int) -> Problem:
    rng = random.Random(seed)
    days = working_days(dt.date(year, 1, 1), dt.date(year, 12, 31))
    coords = [(52.2 + rng.random() * 0.55, 6.0 + rng.random() * 0.9) for _ in range(MUNICIPALITIES)]
    travel = {
        (a, b): travel_minutes(*coords[a], *coords[b])
        for a in range(MUNICIPALITIES)
        for b in range(MUNICIPALITIES)
        if a != b
    }
    popularity = [1 / (rank + 1) ** 1.5 for rank in range(SPECIALISMS)]
    size = [rng.uniform(40, 140) for _ in range(MUNICIPALITIES)]
    persons: list[Person] = []
    ill_days = 0
    for i in range(STAFF):
        org = _weighted(rng, size)
        skills: dict[int, int] = {}
        while len(skills) < rng.randint(2, 4):
            skills[_weighted(rng, popularity)] = 1 + _weighted(rng, [25, 40, 25, 10])
        hours = [36, 32, 28, 24, 16][_weighted(rng, [50, 20, 10, 15, 5])]
        leave, ill = _spells(rng, days)
        ill_days += len(ill)
        persons.append(
            Person(
                id=i,
                organisation=org,
                skills=skills,
                hours_per_day=hours / 5,
                unavailable=frozenset(leave | ill),
            )
        )
    tasks = [
        Task(
            id=m * TASKS_PER_MUNICIPALITY + k,
            organisation=m,
            specialism=rng.randrange(SPECIALISMS),
            min_level=2 if rng.random() < 0.7 else 3,
        )
        for m in range(MUNICIPALITIES)
        for k in range(TASKS_PER_MUNICIPALITY)
    ]
    global ILL_SHARE
    ILL_SHARE = ill_days / (STAFF * len(days))
    return Problem(persons=persons, tasks=tasks, days=days, travel_minutes=travel)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2012)
    parser.add_argument("--year", type=int, default=2012)
    args = parser.parse_args()

    t0 = time.perf_counter()
    problem = generate(args.seed, args.year)
    absent_days = sum(len(p.unavailable) for p in problem.persons)
    print(
        f"region: {MUNICIPALITIES} municipalities, {len(problem.persons)} staff, "
        f"{SPECIALISMS} specialisms, {len(problem.tasks)} critical tasks, "
        f"{len(problem.days)} working days in {args.year} -> {problem.task_days} task-days; "
        f"absent {absent_days / (len(problem.persons) * len(problem.days)):.1%} of person-days "
        f"(ill {ILL_SHARE:.1%}) "
        f"(generated in {time.perf_counter() - t0:.1f} s)"
    )

    plan = solve(problem)
    print(
        f"optimal (min cost flow per day): {plan.seconds:.2f} s, covered {plan.covered} of "
        f"{plan.task_days} task-days, cost {plan.cost}"
    )

    t0 = time.perf_counter()
    bound = coverage_bound(problem)
    print(
        f"upper bound (independent max flow per day): {bound} task-days ({time.perf_counter() - t0:.2f} s)"
    )

    greedy = solve_greedy(problem)
    print(
        f"greedy baseline: {greedy.seconds:.2f} s, covered {greedy.covered} task-days, "
        f"cost {greedy.cost}"
    )

    reasons: dict[str, int] = {}
    for u in plan.uncovered:
        reasons[u.reason.label] = reasons.get(u.reason.label, 0) + 1
    print(
        "uncovered in the optimal plan: "
        + (", ".join(f"{n} {r}" for r, n in reasons.items()) or "none")
    )
    partner = sum(
        1
        for a in plan.assignments
        if problem.persons[a.person].organisation != problem.tasks[a.task].organisation
    )
    print(
        f"task-days done by a partner municipality: {partner} optimal, "
        f"{sum(1 for a in greedy.assignments if problem.persons[a.person].organisation != problem.tasks[a.task].organisation)} greedy"
    )
    violations = plan_violations(problem, plan) + plan_violations(problem, greedy)
    print(f"rule violations in both plans: {len(violations)}")
    print(
        f"goal: optimal within 30 s: {'yes' if plan.seconds <= 30 else 'NO'}; "
        f"coverage equals bound: {'yes' if plan.covered == bound else 'NO'}; "
        f"greedy covers {bound - greedy.covered} task-days fewer and costs "
        f"{greedy.cost - plan.cost} more"
    )


if __name__ == "__main__":
    main()
