"""Monte Carlo over the ranges of the lines, and the tornado analysis. Vectorised with numpy.

Pure Python and numpy, no Django. Each simulation draws one amount per line with a range
(triangular, or PERT: a beta distribution on [minimum, maximum] with shape parameters
``1 + 4 (mode - min) / (max - min)`` and ``1 + 4 (max - mode) / (max - min)``); the drawn
amount holds for every year of the line (an uncertain amount is uncertain in every year alike).
Lines without a range keep their amount.

Everything the results need is linear in the line amounts, so matrix products per chunk of
simulations give, per partner and in total, the net present value and the cumulative net effect
at the end of the horizon: the drawn amounts ``A`` (lines x simulations) are weighted by each
line's sign and yearly profile (indexation, active years; discounted for the NPV) and summed per
allocation key, then split by the keys' shares. From these: the NPV percentiles P10,
P50 and P90, the mean, a histogram, the probability of paying back within the horizon (the
cumulative effect at its end is >= 0, as in :mod:`.evaluate`) and the percentiles of the extra
cost per year.

The Monte Carlo works in floating-point cents (its results are distributions, rounded to the
cent when reported); the exact figures are those of :mod:`.evaluate`. With the same seed the
results are the same: draws are taken in a fixed order in chunks of fixed size.

The tornado varies one line with a range at a time from its minimum to its maximum, the others
at their most likely amount, and ranks the lines by the swing of the NPV.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from samen.businesscase.engine.evaluate import ScenarioResultaat
from samen.businesscase.engine.keys import key_shares
from samen.businesscase.engine.model import Case, Scenario, Soort, Verdeling

CHUNK = 10_000
HISTOGRAM_KLASSEN = 20
Floats = NDArray[np.float64]


@dataclass(frozen=True)
class Klasse:
    """A bin of the NPV histogram: ``ondergrens <= ncw < bovengrens`` (cents)."""

    ondergrens: int
    bovengrens: int
    aantal: int


@dataclass(frozen=True)
class Spreiding:
    """The Monte Carlo distribution of one partner or of the total (``sleutel`` empty)."""

    sleutel: str
    naam: str
    ncw_gemiddeld: int
    ncw_p10: int
    ncw_p50: int
    ncw_p90: int
    kans_terugverdiend: float  # the cumulative effect at the end of the horizon is >= 0
    kans_ncw_positief: float
    extra_p10: int  # extra cost per year: 10% of the simulations cost less than this
    extra_p50: int
    extra_p90: int
    histogram: tuple[Klasse, ...]


@dataclass(frozen=True)
class SimulatieResultaat:
    scenario: str
    simulaties: int
    zaad: int
    onzekere_regels: int
    reeksen: tuple[Spreiding, ...]  # the partners, then the total

    def reeks(self, sleutel: str) -> Spreiding:
        for r in self.reeksen:
            if r.sleutel == sleutel:
                return r
        raise KeyError(sleutel)


@dataclass(frozen=True)
class Model:
    """A scenario as matrices (see the module docstring). ``S`` = partners + 1 (the total)."""

    names: tuple[tuple[str, str], ...]  # (sleutel, naam) per series
    horizon: int
    most_likely: Floats  # (L,)
    minimum: Floats  # (L,)
    maximum: Floats  # (L,)
    triangular: NDArray[np.bool_]  # (L,) lines drawn from a triangular distribution
    pert: NDArray[np.bool_]  # (L,) lines drawn from a PERT distribution
    npv_matrix: Floats  # (L, S)
    end_matrix: Floats  # (L, S)
    line_names: tuple[str, ...]
    #: The same products factored through the allocation keys (a case has few): lines are first
    #: summed per key, ``per_key`` (2K x L: NPV rows, then end-of-horizon rows), and then split
    #: by the keys' shares, ``key_shares`` (S x K). Far fewer operations than (L x S) per draw.
    per_key: Floats
    key_shares: Floats


def build_model(case: Case, scenario: Scenario) -> Model:
    horizon = case.looptijd_van(scenario)
    lines = scenario.kostenregels
    n_lines, n_series = len(lines), len(case.partners) + 1
    profile = np.zeros((n_lines, horizon))
    shares = np.ones((n_lines, n_series))
    sign = np.empty(n_lines)
    ml, lo, hi = np.empty(n_lines), np.empty(n_lines), np.empty(n_lines)
    tri, pert = np.zeros(n_lines, dtype=bool), np.zeros(n_lines, dtype=bool)
    key_cache: dict[str, list[float]] = {}
    key_index: dict[str, int] = {}
    line_key = np.empty(n_lines, dtype=int)
    for i, line in enumerate(lines):
        line_key[i] = key_index.setdefault(line.verdeelsleutel, len(key_index))
        for t in range(horizon):
            jaar = case.startjaar + t
            if line.actief_in(jaar):
                profile[i, t] = (
                    1.0 if line.eenmalig else (1 + float(line.indexatie)) ** (jaar - line.jaar)
                )
        if line.verdeelsleutel not in key_cache:
            fractions = key_shares(case, case.sleutel(line.verdeelsleutel))
            key_cache[line.verdeelsleutel] = [float(f) for f in fractions]
        shares[i, :-1] = key_cache[line.verdeelsleutel]
        sign[i] = 1.0 if line.soort == Soort.BESPARING else -1.0
        ml[i] = lo[i] = hi[i] = line.bedrag
        if line.bandbreedte is not None and line.bandbreedte.minimum < line.bandbreedte.maximum:
            lo[i], hi[i] = line.bandbreedte.minimum, line.bandbreedte.maximum
            if line.bandbreedte.verdeling == Verdeling.PERT:
                pert[i] = True
            else:
                tri[i] = True
    discount = (1 + float(case.disconteringsvoet)) ** -np.arange(horizon, dtype=float)
    npv_line = sign * (profile @ discount)
    end_line = sign * profile.sum(axis=1)
    npv_matrix = npv_line[:, None] * shares
    end_matrix = end_line[:, None] * shares
    n_keys = len(key_index)
    per_key = np.zeros((2 * n_keys, n_lines))
    per_key[line_key, np.arange(n_lines)] = npv_line
    per_key[n_keys + line_key, np.arange(n_lines)] = end_line
    key_matrix = np.ones((n_series, n_keys))
    for naam, k in key_index.items():
        key_matrix[:-1, k] = key_cache[naam]
    names = (*((p.sleutel, p.naam) for p in case.partners), ("", "Totaal"))
    return Model(
        names=names,
        horizon=horizon,
        most_likely=ml,
        minimum=lo,
        maximum=hi,
        triangular=tri,
        pert=pert,
        npv_matrix=npv_matrix,
        end_matrix=end_matrix,
        line_names=tuple(line.naam for line in lines),
        per_key=per_key,
        key_shares=key_matrix,
    )


def draw(model: Model, rng: np.random.Generator, size: int) -> Floats:
    """``size`` draws of every line's amount: (lines x size), in cents."""
    amounts = np.empty((len(model.most_likely), size))
    amounts[:] = model.most_likely[:, None]
    if model.triangular.any():
        t = model.triangular
        amounts[t] = rng.triangular(
            model.minimum[t, None], model.most_likely[t, None], model.maximum[t, None],
            size=(int(t.sum()), size),
        )  # fmt: skip
    if model.pert.any():
        p = model.pert
        a, m, b = model.minimum[p, None], model.most_likely[p, None], model.maximum[p, None]
        alpha = 1 + 4 * (m - a) / (b - a)
        beta = 1 + 4 * (b - m) / (b - a)
        amounts[p] = a + (b - a) * rng.beta(alpha, beta, size=(int(p.sum()), size))
    return amounts


def new_seed() -> int:
    return secrets.randbits(32)


def simulate(
    case: Case,
    scenario: Scenario,
    *,
    simulations: int,
    seed: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> SimulatieResultaat:
    """Run ``simulations`` simulations of ``scenario`` (see the module docstring)."""
    if simulations < 1:
        raise ValueError("simulations must be at least 1")
    zaad = new_seed() if seed is None else seed
    model = build_model(case, scenario)
    rng = np.random.default_rng(zaad)
    n_series = len(model.names)
    npv = np.empty((n_series, simulations))  # one contiguous row per series
    end = np.empty((n_series, simulations))
    for start in range(0, simulations, CHUNK):
        size = min(CHUNK, simulations - start)
        # einsum, not BLAS: these products are small, and BLAS threads only contend for the cores
        summed = np.einsum("kl,ln->kn", model.per_key, draw(model, rng, size))  # (2K x size)
        n_keys = model.key_shares.shape[1]
        npv[:, start : start + size] = np.einsum("sk,kn->sn", model.key_shares, summed[:n_keys])
        end[:, start : start + size] = np.einsum("sk,kn->sn", model.key_shares, summed[n_keys:])
        if progress is not None:
            progress(size)
    # Sorted rows give every percentile, the histogram and the chances by lookup.
    npv.sort(axis=1)
    end.sort(axis=1)
    reeksen = []
    for s, (sleutel, naam) in enumerate(model.names):
        row, ends = npv[s], end[s]
        reeksen.append(
            Spreiding(
                sleutel=sleutel,
                naam=naam,
                ncw_gemiddeld=_cent(row.mean()),
                ncw_p10=_cent(_quantile(row, 0.1)),
                ncw_p50=_cent(_quantile(row, 0.5)),
                ncw_p90=_cent(_quantile(row, 0.9)),
                # half a cent: the floating-point noise of an exact break-even
                kans_terugverdiend=_share_at_least(ends, -0.5),
                kans_ncw_positief=_share_at_least(row, -0.5),
                extra_p10=_cent(-_quantile(ends, 0.9) / model.horizon),
                extra_p50=_cent(-_quantile(ends, 0.5) / model.horizon),
                extra_p90=_cent(-_quantile(ends, 0.1) / model.horizon),
                histogram=_histogram(row),
            )
        )
    return SimulatieResultaat(
        scenario=scenario.sleutel,
        simulaties=simulations,
        zaad=zaad,
        onzekere_regels=int(model.triangular.sum() + model.pert.sum()),
        reeksen=tuple(reeksen),
    )


def _cent(value: float) -> int:
    return int(np.floor(value + 0.5))


def _quantile(ordered: Floats, q: float) -> float:
    """The q-quantile of sorted values, interpolated linearly (as ``numpy.percentile``)."""
    position = q * (len(ordered) - 1)
    low = int(np.floor(position))
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (position - low))


def _share_at_least(ordered: Floats, threshold: float) -> float:
    return float(len(ordered) - np.searchsorted(ordered, threshold, side="left")) / len(ordered)


def _histogram(ordered: Floats) -> tuple[Klasse, ...]:
    """Bins ``[lower, upper)`` between the smallest and largest value (the last bin closed)."""
    lo, hi = float(ordered[0]), float(ordered[-1])
    if hi - lo < 1:  # no uncertainty: one bin
        return (Klasse(_cent(lo), _cent(hi) + 1, len(ordered)),)
    edges = np.linspace(lo, hi, HISTOGRAM_KLASSEN + 1)
    cuts = np.searchsorted(ordered, edges[1:-1], side="left")
    counts = np.diff(np.concatenate(([0], cuts, [len(ordered)])))
    return tuple(Klasse(_cent(edges[i]), _cent(edges[i + 1]), int(c)) for i, c in enumerate(counts))


@dataclass(frozen=True)
class TornadoBalk:
    """One line of the tornado: the NPV with the line at its minimum and at its maximum."""

    regel: str
    minimum: int
    maximum: int
    ncw_bij_minimum: int
    ncw_bij_maximum: int

    @property
    def zwaai(self) -> int:
        return abs(self.ncw_bij_maximum - self.ncw_bij_minimum)

    @property
    def ncw_laag(self) -> int:
        return min(self.ncw_bij_minimum, self.ncw_bij_maximum)

    @property
    def ncw_hoog(self) -> int:
        return max(self.ncw_bij_minimum, self.ncw_bij_maximum)


@dataclass(frozen=True)
class Tornado:
    sleutel: str
    naam: str
    basis: int  # the exact NPV with every line at its most likely amount
    balken: tuple[TornadoBalk, ...]  # largest swing first


def tornado(case: Case, resultaat: ScenarioResultaat) -> dict[str, Tornado]:
    """The tornado of every series (partner key, or ``""`` for the total) of a scenario."""
    model = build_model(case, resultaat.scenario)
    uncertain = [i for i in range(len(model.line_names)) if model.minimum[i] < model.maximum[i]]
    out = {}
    for s, (sleutel, naam) in enumerate(model.names):
        basis = resultaat.reeks(sleutel).ncw
        balken = []
        for i in uncertain:
            factor = model.npv_matrix[i, s]
            balken.append(
                TornadoBalk(
                    regel=model.line_names[i],
                    minimum=int(model.minimum[i]),
                    maximum=int(model.maximum[i]),
                    ncw_bij_minimum=basis
                    + _cent((model.minimum[i] - model.most_likely[i]) * factor),
                    ncw_bij_maximum=basis
                    + _cent((model.maximum[i] - model.most_likely[i]) * factor),
                )
            )
        balken.sort(key=lambda b: (-b.zwaai, b.regel))
        out[sleutel] = Tornado(sleutel=sleutel, naam=naam, basis=basis, balken=tuple(balken))
    return out
