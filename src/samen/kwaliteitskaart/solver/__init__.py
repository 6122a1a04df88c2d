"""The substitution planner (vervanging): pure Python on OR-Tools, no Django import.

The problem
-----------
A cooperation has *critical tasks* (kritieke taken): each belongs to one organisation and needs a
specialism at a minimum level (1 basis, 2 zelfstandig, 3 specialist, 4 expert). For a period, every
critical task must be done on every working day (Monday to Friday, Dutch public holidays from the
``holidays`` package excluded). A *task-day* is one task on one working day. The planner assigns
each task-day to one person who

- is present that day (not absent, and employed),
- holds the task's specialism at the minimum level or higher, and
- has hours left that day.

Hours: a task-day takes a fixed number of hours, ``Problem.task_hours`` (2 by default: a duty such as
checking the back-ups and handling incidents, or processing the day's BAG mutations). A person works
``hours_per_day`` (hours per week / 5) and so can take ``capacity = floor(hours_per_day /
task_hours)`` task-days a day. One duration for all tasks is a deliberate modelling choice: with a
duration per task, "hours left" becomes a knapsack constraint per person and the problem a
generalised assignment problem (NP-hard). CP-SAT on one day of the benchmark region took 14 s, a
whole year would take an hour. With one duration the constraint matrix is a network matrix, its LP
relaxation is integral, and a min cost flow finds the proven optimum in milliseconds per day.

Objective, lexicographic:

1. maximise the number of covered task-days;
2. among those plans, minimise the cost, the sum over assignments of
   - ``Costs.partner`` when the person works for another organisation than the task's, plus
     ``Costs.per_travel_minute`` times the travel time between the two town halls
     (``Problem.travel_minutes``), so a nearby partner is preferred to a distant one;
   - ``Costs.per_level_above`` for every level the person holds above the task's minimum (an expert
     on a basic task costs a little more: their expertise is needed elsewhere);
   - a fairness cost: the k-th task-day (k = 0, 1, 2, ...) that one person gets on one day costs
     ``Costs.fairness * k`` extra. The marginal cost rises, so the total is convex in a person's
     load, and the optimum spreads the load over the available people before stacking it on one.

The network (one per working day)
---------------------------------
::

    source --(cap 1, cost 0)--> task t --(cap 1, cost c[t,p])--> person p --> sink

with, from person p to the sink, ``capacity[p]`` parallel arcs of capacity 1 and cost
``fairness * k`` for k = 0 .. capacity-1 (the convex load cost as a piecewise-linear function).
Task->person arcs exist only for present and qualified people with capacity. OR-Tools'
``SimpleMinCostFlow.solve_max_flow_with_min_cost`` computes a maximum flow (objective 1) of minimum
cost (objective 2): exactly the lexicographic objective. Flow is integral, so each task gets at
most one person and no person exceeds their capacity.

Why one network per day is exact: no constraint links two days (presence, qualification and hours
are per day, capacity does not carry over) and both objectives are sums over days, fairness
included (it is defined per person per day). The best plan for the period is therefore the union of
the best plans per day, and the days can be solved one by one; days with the same people present
give the same network and are solved once.

Uncovered task-days carry a reason: nobody in the cooperation holds the specialism at the level
(``Reason.NOBODY_QUALIFIED``); everybody who does is absent that day (``Reason.ALL_ABSENT``); or
those present are fully booked by other tasks (``Reason.ALL_BOOKED``). In a maximum flow the last
is true: a qualified present person with hours left would be an augmenting path.

Modules: :mod:`.problem` (input and output types), :mod:`.flow` (the solver), :mod:`.bound` (an
independent max-flow upper bound on coverage), :mod:`.greedy` (a baseline), :mod:`.workdays`
(working days), :mod:`.travel` (travel time between town halls), :mod:`.check` (plan validation).
"""

from samen.kwaliteitskaart.solver.check import plan_violations
from samen.kwaliteitskaart.solver.flow import solve
from samen.kwaliteitskaart.solver.problem import (
    Assignment,
    Costs,
    Person,
    Plan,
    Problem,
    Reason,
    Task,
    Uncovered,
)
from samen.kwaliteitskaart.solver.workdays import working_days

__all__ = [
    "Assignment",
    "Costs",
    "Person",
    "Plan",
    "Problem",
    "Reason",
    "Task",
    "Uncovered",
    "plan_violations",
    "solve",
    "working_days",
]
