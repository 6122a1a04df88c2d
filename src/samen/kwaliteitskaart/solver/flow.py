"""The planner: one min cost flow (OR-Tools) per working day; see the package docstring.

The candidate arcs (task, qualified person with capacity) and their costs are built once for the
period as numpy arrays; a day keeps the arcs of the people present and hands them to OR-Tools in
one vectorised call. Days with the same people present share one solve.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

from samen.kwaliteitskaart.solver.problem import Assignment, Plan, Problem, Reason, Uncovered

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

SOURCE, SINK = 0, 1


class SolverError(RuntimeError):
    """OR-Tools reported something other than an optimum (a bug in the network, not the data)."""


@dataclass(frozen=True)
class _DayResult:
    tasks: IntArray  # task index per assignment
    persons: IntArray  # person index per assignment
    costs: IntArray  # assignment cost (without fairness) per assignment
    objective: int
    uncovered: IntArray  # task indices
    reasons: list[Reason]


class Network:
    """The arrays that every day's network is cut from."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        persons, tasks = problem.persons, problem.tasks
        self.n_tasks, self.n_persons = len(tasks), len(persons)
        capacity = np.array([problem.capacity(p) for p in persons], dtype=np.int64)

        by_specialism: dict[int, list[tuple[int, int]]] = {}
        for i, person in enumerate(persons):
            for specialism, level in person.skills.items():
                by_specialism.setdefault(specialism, []).append((i, level))
        qual_t: list[int] = []
        qual_p: list[int] = []
        cand_cost: list[int] = []
        for t, task in enumerate(tasks):
            for i, level in by_specialism.get(task.specialism, []):
                if level >= task.min_level:
                    qual_t.append(t)
                    qual_p.append(i)
                    cand_cost.append(problem.assignment_cost(persons[i], task))
        self.qual_task = np.array(qual_t, dtype=np.int64)
        self.qual_person = np.array(qual_p, dtype=np.int64)
        has_capacity = capacity[self.qual_person] > 0 if len(qual_p) else np.zeros(0, dtype=bool)
        self.cand_task = self.qual_task[has_capacity]
        self.cand_person = self.qual_person[has_capacity]
        self.cand_cost = np.array(cand_cost, dtype=np.int64)[has_capacity]
        self.qualified_anywhere = np.bincount(self.qual_task, minlength=self.n_tasks) > 0

        # Person -> sink: one arc per unit of capacity, the k-th costing fairness * k (convex).
        self.sink_person = np.repeat(np.arange(self.n_persons, dtype=np.int64), capacity)
        starts = np.cumsum(capacity) - capacity
        self.sink_cost = (
            np.arange(len(self.sink_person), dtype=np.int64) - np.repeat(starts, capacity)
        ) * problem.costs.fairness

        day_index = {d: k for k, d in enumerate(problem.days)}
        self.unavailable = np.zeros((len(problem.days), self.n_persons), dtype=bool)
        for i, person in enumerate(persons):
            for d in person.unavailable:
                k = day_index.get(d)
                if k is not None:
                    self.unavailable[k, i] = True

    def solve_day(self, present: BoolArray) -> _DayResult:
        n_t = self.n_tasks
        task_node = 2
        person_node = 2 + n_t
        keep = present[self.cand_person]
        keep_sink = present[self.sink_person]
        n_arcs_tp = int(keep.sum())
        tails = np.concatenate(
            [
                np.full(n_t, SOURCE, dtype=np.int64),
                task_node + self.cand_task[keep],
                person_node + self.sink_person[keep_sink],
            ]
        ).astype(np.int32)
        heads = np.concatenate(
            [
                task_node + np.arange(n_t, dtype=np.int64),
                person_node + self.cand_person[keep],
                np.full(int(keep_sink.sum()), SINK, dtype=np.int64),
            ]
        ).astype(np.int32)
        costs = np.concatenate(
            [np.zeros(n_t, dtype=np.int64), self.cand_cost[keep], self.sink_cost[keep_sink]]
        )
        smcf = min_cost_flow.SimpleMinCostFlow()
        smcf.add_arcs_with_capacity_and_unit_cost(
            tails, heads, np.ones(len(tails), dtype=np.int64), costs
        )
        smcf.set_nodes_supplies(
            np.array([SOURCE, SINK], dtype=np.int32), np.array([n_t, -n_t], dtype=np.int64)
        )
        status = smcf.solve_max_flow_with_min_cost()
        if status != smcf.OPTIMAL:
            raise SolverError(f"min cost flow ended with status {status}")
        arcs = np.arange(n_t, n_t + n_arcs_tp, dtype=np.int32)
        used = np.asarray(smcf.flows(arcs)) > 0
        chosen_tasks = self.cand_task[keep][used]
        covered = np.zeros(n_t, dtype=bool)
        covered[chosen_tasks] = True
        uncovered = np.flatnonzero(~covered).astype(np.int64)
        present_qualified = np.bincount(self.qual_task[present[self.qual_person]], minlength=n_t)
        reasons = [
            Reason.NOBODY_QUALIFIED
            if not self.qualified_anywhere[t]
            else Reason.ALL_ABSENT
            if present_qualified[t] == 0
            else Reason.ALL_BOOKED
            for t in uncovered
        ]
        return _DayResult(
            tasks=chosen_tasks,
            persons=self.cand_person[keep][used],
            costs=self.cand_cost[keep][used],
            objective=int(smcf.optimal_cost()),
            uncovered=uncovered,
            reasons=reasons,
        )


def solve(problem: Problem, progress: Callable[[int], object] | None = None) -> Plan:
    """The optimal plan for the period (maximum coverage, then minimum cost)."""
    started = time.perf_counter()
    network = Network(problem)
    tasks = problem.tasks
    assignments: list[Assignment] = []
    uncovered: list[Uncovered] = []
    total = 0
    cache: dict[bytes, _DayResult] = {}
    for k, day in enumerate(problem.days):
        present = ~network.unavailable[k]
        key = present.tobytes()
        result = cache.get(key)
        if result is None:
            result = cache[key] = network.solve_day(present)
        total += result.objective
        assignments.extend(_assignments(day, result, problem))
        uncovered.extend(
            Uncovered(day=day, task=tasks[int(t)].id, reason=r)
            for t, r in zip(result.uncovered, result.reasons, strict=True)
        )
        if progress is not None:
            progress(1)
    return Plan(
        days=list(problem.days),
        task_days=problem.task_days,
        assignments=assignments,
        uncovered=uncovered,
        cost=total,
        seconds=time.perf_counter() - started,
    )


def _assignments(day: dt.date, result: _DayResult, problem: Problem) -> list[Assignment]:
    tasks, persons = problem.tasks, problem.persons
    return [
        Assignment(day=day, task=tasks[int(t)].id, person=persons[int(p)].id, cost=int(c))
        for t, p, c in zip(result.tasks, result.persons, result.costs, strict=True)
    ]
