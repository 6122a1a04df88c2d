"""Validate a plan against the rules, independently of how it was made."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from samen.kwaliteitskaart.solver.problem import Plan, Problem
from samen.kwaliteitskaart.solver.workdays import is_working_day


def plan_violations(problem: Problem, plan: Plan) -> list[str]:
    """Every broken rule, in words; empty for a valid plan."""
    persons = {p.id: p for p in problem.persons}
    tasks = {t.id: t for t in problem.tasks}
    days = set(problem.days)
    problems: list[str] = []
    per_task_day: Counter[tuple[int, dt.date]] = Counter()
    per_person_day: Counter[tuple[int, dt.date]] = Counter()
    for a in plan.assignments:
        person, task = persons.get(a.person), tasks.get(a.task)
        if person is None or task is None or a.day not in days:
            problems.append(f"{a}: unknown person, task or day")
            continue
        if not is_working_day(a.day):
            problems.append(f"{a}: not a working day")
        if a.day in person.unavailable:
            problems.append(f"{a}: person {a.person} is absent")
        if not problem.qualified(person, task):
            problems.append(f"{a}: person {a.person} is not qualified")
        per_task_day[(a.task, a.day)] += 1
        per_person_day[(a.person, a.day)] += 1
    for (task_id, day), n in per_task_day.items():
        if n > 1:
            problems.append(f"task {task_id} on {day} assigned {n} times")
    for (person_id, day), n in per_person_day.items():
        hours = n * problem.task_hours
        if hours > persons[person_id].hours_per_day + 1e-9:
            problems.append(
                f"person {person_id} on {day}: {hours} hours of tasks, works "
                f"{persons[person_id].hours_per_day}"
            )
    covered = set(per_task_day)
    for u in plan.uncovered:
        if (u.task, u.day) in covered:
            problems.append(f"{u}: listed as uncovered but assigned")
    if len(plan.assignments) + len(plan.uncovered) != problem.task_days:
        problems.append(
            f"{len(plan.assignments)} assigned + {len(plan.uncovered)} uncovered != "
            f"{problem.task_days} task-days"
        )
    return problems
