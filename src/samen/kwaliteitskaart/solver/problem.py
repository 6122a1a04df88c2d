"""Input and output of the substitution planner (see the package docstring for the model)."""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


class Reason(enum.StrEnum):
    """Why a task-day is not covered."""

    NOBODY_QUALIFIED = "niemand_bevoegd"
    ALL_ABSENT = "allen_afwezig"
    ALL_BOOKED = "allen_volgeboekt"

    @property
    def label(self) -> str:
        return {
            Reason.NOBODY_QUALIFIED: "niemand in de samenwerking heeft het specialisme op niveau",
            Reason.ALL_ABSENT: "iedereen die het kan is afwezig",
            Reason.ALL_BOOKED: "wie het kan en aanwezig is, is volgeboekt",
        }[self]


@dataclass(frozen=True)
class Person:
    id: int
    organisation: int
    skills: Mapping[int, int]  # specialism id -> level (1-4)
    hours_per_day: float
    unavailable: frozenset[dt.date] = frozenset()  # absent or not employed

    def level(self, specialism: int) -> int:
        return self.skills.get(specialism, 0)


@dataclass(frozen=True)
class Task:
    id: int
    organisation: int
    specialism: int
    min_level: int


@dataclass(frozen=True)
class Costs:
    """Cost of the plan (objective 2), in whole points; see the package docstring."""

    partner: int = 100
    per_travel_minute: int = 1
    per_level_above: int = 3
    fairness: int = 15  # the k-th task-day of one person on one day costs fairness * k


@dataclass(frozen=True)
class Problem:
    persons: Sequence[Person]
    tasks: Sequence[Task]
    days: Sequence[dt.date]
    task_hours: float = 2.0
    travel_minutes: Mapping[tuple[int, int], int] = field(default_factory=dict)
    costs: Costs = field(default_factory=Costs)

    def capacity(self, person: Person) -> int:
        """Task-days a person can take on a day they are present."""
        if self.task_hours <= 0:
            raise ValueError("task_hours must be positive")
        return max(0, math.floor(person.hours_per_day / self.task_hours + 1e-9))

    def qualified(self, person: Person, task: Task) -> bool:
        return person.level(task.specialism) >= task.min_level

    def assignment_cost(self, person: Person, task: Task) -> int:
        """The cost of one task-day for this person, without the fairness term."""
        cost = self.costs.per_level_above * (person.level(task.specialism) - task.min_level)
        if person.organisation != task.organisation:
            minutes = self.travel_minutes.get((person.organisation, task.organisation), 0)
            cost += self.costs.partner + self.costs.per_travel_minute * minutes
        return cost

    @property
    def task_days(self) -> int:
        return len(self.tasks) * len(self.days)


@dataclass(frozen=True)
class Assignment:
    day: dt.date
    task: int
    person: int
    cost: int  # assignment cost without the fairness term


@dataclass(frozen=True)
class Uncovered:
    day: dt.date
    task: int
    reason: Reason


@dataclass
class Plan:
    days: list[dt.date]
    task_days: int
    assignments: list[Assignment]
    uncovered: list[Uncovered]
    cost: int  # the objective: assignment costs plus fairness costs
    seconds: float = 0.0

    @property
    def covered(self) -> int:
        return len(self.assignments)

    def per_day(self) -> dict[dt.date, list[Assignment]]:
        result: dict[dt.date, list[Assignment]] = {d: [] for d in self.days}
        for a in self.assignments:
            result[a.day].append(a)
        return result

    def per_person(self) -> dict[int, list[Assignment]]:
        result: dict[int, list[Assignment]] = defaultdict(list)
        for a in self.assignments:
            result[a.person].append(a)
        return dict(result)


def fairness_cost(problem: Problem, assignments: Sequence[Assignment]) -> int:
    """The fairness part of the objective: sum over person-days of fairness * (0 + 1 + ... n-1)."""
    per_person_day: dict[tuple[int, dt.date], int] = defaultdict(int)
    for a in assignments:
        per_person_day[(a.person, a.day)] += 1
    f = problem.costs.fairness
    return sum(f * n * (n - 1) // 2 for n in per_person_day.values())


def objective(problem: Problem, assignments: Sequence[Assignment]) -> int:
    """The cost of a set of assignments as the planner minimises it."""
    return sum(a.cost for a in assignments) + fairness_cost(problem, assignments)
