"""A greedy baseline, to compare the planner with what a person with a list would do.

Day by day, task by task in the order given, pick the present qualified person with hours left
whose next task-day is cheapest (assignment cost plus the fairness term). No look-ahead: an early
task may take the only person who could have done a later one.
"""

from __future__ import annotations

import time

from samen.kwaliteitskaart.solver.problem import (
    Assignment,
    Plan,
    Problem,
    Reason,
    Uncovered,
    objective,
)


def solve_greedy(problem: Problem) -> Plan:
    started = time.perf_counter()
    capacity = {p.id: problem.capacity(p) for p in problem.persons}
    candidates: dict[int, list[tuple[int, int]]] = {}  # task -> [(cost, person)] by cost
    for task in problem.tasks:
        candidates[task.id] = sorted(
            (problem.assignment_cost(p, task), p.id)
            for p in problem.persons
            if problem.qualified(p, task) and capacity[p.id] > 0
        )
    qualified_anywhere = {
        t.id: any(problem.qualified(p, t) for p in problem.persons) for t in problem.tasks
    }
    unavailable = {p.id: p.unavailable for p in problem.persons}
    fairness = problem.costs.fairness
    assignments: list[Assignment] = []
    uncovered: list[Uncovered] = []
    for day in problem.days:
        load: dict[int, int] = {}
        for task in problem.tasks:
            best: tuple[int, int, int] | None = None
            for cost, person in candidates[task.id]:
                if day in unavailable[person]:
                    continue
                n = load.get(person, 0)
                if n >= capacity[person]:
                    continue
                total = cost + fairness * n
                if best is None or total < best[0]:
                    best = (total, cost, person)
                if fairness == 0 or n == 0:
                    break  # sorted by cost: no later candidate is cheaper
            if best is None:
                uncovered.append(
                    Uncovered(day, task.id, _reason(problem, task.id, day, qualified_anywhere))
                )
                continue
            load[best[2]] = load.get(best[2], 0) + 1
            assignments.append(Assignment(day=day, task=task.id, person=best[2], cost=best[1]))
    return Plan(
        days=list(problem.days),
        task_days=problem.task_days,
        assignments=assignments,
        uncovered=uncovered,
        cost=objective(problem, assignments),
        seconds=time.perf_counter() - started,
    )


def _reason(
    problem: Problem, task_id: int, day: object, qualified_anywhere: dict[int, bool]
) -> Reason:
    if not qualified_anywhere[task_id]:
        return Reason.NOBODY_QUALIFIED
    task = next(t for t in problem.tasks if t.id == task_id)
    present = [
        p for p in problem.persons if problem.qualified(p, task) and day not in p.unavailable
    ]
    return Reason.ALL_BOOKED if present else Reason.ALL_ABSENT
