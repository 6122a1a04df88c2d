"""An upper bound on the covered task-days, computed independently of :mod:`.flow`.

For each working day a plain maximum flow (OR-Tools ``SimpleMaxFlow``, no costs) through
source -> task (1) -> qualified present person (1) -> sink (capacity). Any plan covers at most
this many task-days: each plan is a flow in this network. The network is built here from the
problem directly, with its own loops, so that an error in the planner's arrays does not hide in
both. (The min cost flow finds a maximum flow too, so both must agree; the benchmark checks it.)
"""

from __future__ import annotations

import numpy as np
from ortools.graph.python import max_flow

from samen.kwaliteitskaart.solver.problem import Problem


def coverage_bound(problem: Problem) -> int:
    """The maximum number of task-days any plan can cover."""
    capacity = {p.id: problem.capacity(p) for p in problem.persons}
    holders: dict[int, list[tuple[int, int]]] = {}
    for p in problem.persons:
        for specialism, level in p.skills.items():
            holders.setdefault(specialism, []).append((p.id, level))
    node_of_person = {p.id: 2 + len(problem.tasks) + i for i, p in enumerate(problem.persons)}
    total = 0
    for day in problem.days:
        absent = {p.id for p in problem.persons if day in p.unavailable}
        tails: list[int] = []
        heads: list[int] = []
        caps: list[int] = []
        for t, task in enumerate(problem.tasks):
            tails.append(0)
            heads.append(2 + t)
            caps.append(1)
            for person_id, level in holders.get(task.specialism, []):
                if level >= task.min_level and person_id not in absent and capacity[person_id]:
                    tails.append(2 + t)
                    heads.append(node_of_person[person_id])
                    caps.append(1)
        for p in problem.persons:
            if p.id not in absent and capacity[p.id]:
                tails.append(node_of_person[p.id])
                heads.append(1)
                caps.append(capacity[p.id])
        if not tails:
            continue
        smf = max_flow.SimpleMaxFlow()
        smf.add_arcs_with_capacity(
            np.array(tails, dtype=np.int32),
            np.array(heads, dtype=np.int32),
            np.array(caps, dtype=np.int64),
        )
        status = smf.solve(0, 1)
        if status != smf.OPTIMAL:
            raise RuntimeError(f"max flow ended with status {status}")
        total += int(smf.optimal_flow())
    return total
