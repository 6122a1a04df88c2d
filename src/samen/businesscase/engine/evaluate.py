"""The exact evaluation of a scenario: per partner and in total, per year, in eurocents.

Pure Python, no Django. For every year of the horizon and every partner:

- ``investeringen``, ``kosten`` and ``besparingen``: the partner's part of each line's amount
  of that year, split by the line's key with :func:`.money.allocate` (so the parts add up to
  the line's amount to the cent, and the total of the partners is the total of the lines);
- ``netto`` = besparingen - kosten - investeringen: the net effect against the baseline
  (negative: the scenario costs this partner more than today);
- ``cumulatief``: the running sum of ``netto``.

Per partner and in total:

- ``ncw``: the net present value of ``netto`` at the case's discount rate, the first year not
  discounted (as ``numpy_financial.npv``): ``sum(netto[t] / (1 + r) ** t)``, in cents;
- ``terugverdienjaar``: the first year from which the cumulative effect stays >= 0 up to the
  end of the horizon (the investments are earned back), or ``None`` when the cumulative effect
  at the end of the horizon is below 0;
- ``kortste_looptijd``: the shortest horizon at which the investments are earned back: the
  years up to the payback year when it lies within the horizon; otherwise the first longer
  horizon at whose end the cumulative effect is >= 0, with the recurring lines continued, up to
  :data:`.model.MAX_LOOPTIJD` years; ``None`` when not even then;
- ``extra_per_jaar``: the extra cost per year over the horizon, ``-cumulatief[-1] / looptijd``
  (negative: a saving per year).

The baseline (today's yearly costs) grows by the case's ``basislijn_indexatie``; the costs in
the new situation are ``basislijn - netto``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from itertools import accumulate

from samen.businesscase.engine.keys import key_shares
from samen.businesscase.engine.model import MAX_LOOPTIJD, Case, Kostenregel, Scenario, Soort
from samen.businesscase.engine.money import allocate, indexed, integer_weights


@dataclass(frozen=True)
class Reeks:
    """The yearly figures of one partner, or of all partners together (``sleutel`` empty)."""

    sleutel: str
    naam: str
    basislijn: tuple[int, ...]
    investeringen: tuple[int, ...]
    kosten: tuple[int, ...]
    besparingen: tuple[int, ...]
    netto: tuple[int, ...]
    cumulatief: tuple[int, ...]
    ncw: int
    terugverdienjaar: int | None
    kortste_looptijd: int | None
    extra_per_jaar: int
    #: the cumulative effect over MAX_LOOPTIJD years (or the horizon, if longer)
    cumulatief_verlengd: tuple[int, ...]

    @property
    def is_totaal(self) -> bool:
        return not self.sleutel

    @property
    def nieuw(self) -> tuple[int, ...]:
        """The yearly costs in the new situation: baseline minus net effect."""
        return tuple(b - n for b, n in zip(self.basislijn, self.netto, strict=True))

    @property
    def cumulatief_eind(self) -> int:
        return self.cumulatief[-1]

    @property
    def totaal_investeringen(self) -> int:
        return sum(self.investeringen)


@dataclass(frozen=True)
class RegelVerdeling:
    """One line over the horizon: its amount per year, and each partner's part in total."""

    regel: Kostenregel
    per_jaar: tuple[int, ...]
    per_partner: tuple[int, ...]

    @property
    def totaal(self) -> int:
        return sum(self.per_jaar)


@dataclass(frozen=True)
class ScenarioResultaat:
    scenario: Scenario
    startjaar: int
    looptijd: int
    disconteringsvoet: Decimal
    jaren: tuple[int, ...]
    partners: tuple[Reeks, ...]
    totaal: Reeks
    regels: tuple[RegelVerdeling, ...]

    @property
    def reeksen(self) -> tuple[Reeks, ...]:
        return (*self.partners, self.totaal)

    def reeks(self, sleutel: str) -> Reeks:
        for r in self.reeksen:
            if r.sleutel == sleutel:
                return r
        raise KeyError(sleutel)


def round_half_up(value: Fraction) -> int:
    return int((value + Fraction(1, 2)).__floor__())


def line_amounts(line: Kostenregel, startjaar: int, years: int) -> list[int]:
    """The amount of ``line`` in each of ``years`` years from ``startjaar`` (eurocents)."""
    amounts = []
    for t in range(years):
        jaar = startjaar + t
        if not line.actief_in(jaar):
            amounts.append(0)
        elif line.eenmalig:
            amounts.append(line.bedrag)
        else:
            amounts.append(indexed(line.bedrag, line.indexatie, jaar - line.jaar))
    return amounts


def npv(values: list[int], rate: Decimal) -> int:
    """Net present value in cents, the first value not discounted, rounded half up."""
    with localcontext() as ctx:
        ctx.prec = 50
        factor = 1 + rate
        total = sum((Decimal(v) / factor**t for t, v in enumerate(values)), Decimal(0))
        return int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _payback(cumulative: list[int], horizon: int, startjaar: int) -> tuple[int | None, int | None]:
    """The payback year within the horizon and the shortest horizon (see the module docstring)."""
    if cumulative[horizon - 1] >= 0:
        t = horizon - 1
        while t > 0 and cumulative[t - 1] >= 0:
            t -= 1
        return startjaar + t, t + 1
    for t in range(horizon, len(cumulative)):
        if cumulative[t] >= 0:
            return None, t + 1
    return None, None


def _reeks(
    sleutel: str,
    naam: str,
    rows: dict[Soort, list[int]],
    baseline: list[int],
    horizon: int,
    case: Case,
) -> Reeks:
    netto_ext = [
        s - k - i
        for s, k, i in zip(
            rows[Soort.BESPARING], rows[Soort.KOSTEN], rows[Soort.INVESTERING], strict=True
        )
    ]
    cum_ext = list(accumulate(netto_ext))
    netto = netto_ext[:horizon]
    terugverdienjaar, kortste = _payback(cum_ext, horizon, case.startjaar)
    return Reeks(
        sleutel=sleutel,
        naam=naam,
        basislijn=tuple(baseline[:horizon]),
        investeringen=tuple(rows[Soort.INVESTERING][:horizon]),
        kosten=tuple(rows[Soort.KOSTEN][:horizon]),
        besparingen=tuple(rows[Soort.BESPARING][:horizon]),
        netto=tuple(netto),
        cumulatief=tuple(cum_ext[:horizon]),
        ncw=npv(netto, case.disconteringsvoet),
        terugverdienjaar=terugverdienjaar,
        kortste_looptijd=kortste,
        extra_per_jaar=round_half_up(Fraction(-cum_ext[horizon - 1], horizon)),
        cumulatief_verlengd=tuple(cum_ext),
    )


def evaluate(case: Case, scenario: Scenario) -> ScenarioResultaat:
    """The exact results of one scenario of ``case`` (see the module docstring)."""
    horizon = case.looptijd_van(scenario)
    years = max(horizon, MAX_LOOPTIJD)
    n = len(case.partners)
    weights: dict[str, list[int]] = {}
    rows = [{soort: [0] * years for soort in Soort} for _ in range(n)]
    regels = []
    for line in scenario.kostenregels:
        if line.verdeelsleutel not in weights:
            key = case.sleutel(line.verdeelsleutel)
            weights[line.verdeelsleutel] = integer_weights(key_shares(case, key))
        w = weights[line.verdeelsleutel]
        amounts = line_amounts(line, case.startjaar, years)
        per_partner = [0] * n
        for t, amount in enumerate(amounts):
            if amount == 0:
                continue
            for p, part in enumerate(allocate(amount, w)):
                rows[p][line.soort][t] += part
                if t < horizon:
                    per_partner[p] += part
        regels.append(
            RegelVerdeling(
                regel=line, per_jaar=tuple(amounts[:horizon]), per_partner=tuple(per_partner)
            )
        )
    baselines = [
        [indexed(p.basislijn, case.basislijn_indexatie, t) for t in range(years)]
        for p in case.partners
    ]
    partners = tuple(
        _reeks(p.sleutel, p.naam, rows[i], baselines[i], horizon, case)
        for i, p in enumerate(case.partners)
    )
    totals = {soort: [sum(r[soort][t] for r in rows) for t in range(years)] for soort in Soort}
    total_baseline = [sum(b[t] for b in baselines) for t in range(years)]
    totaal = _reeks("", "Totaal", totals, total_baseline, horizon, case)
    return ScenarioResultaat(
        scenario=scenario,
        startjaar=case.startjaar,
        looptijd=horizon,
        disconteringsvoet=case.disconteringsvoet,
        jaren=tuple(range(case.startjaar, case.startjaar + horizon)),
        partners=partners,
        totaal=totaal,
        regels=tuple(regels),
    )


def evaluate_all(case: Case) -> list[ScenarioResultaat]:
    return [evaluate(case, s) for s in case.scenarios]
