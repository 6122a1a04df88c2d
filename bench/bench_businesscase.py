"""Benchmark of the business-case Monte Carlo: vectorised (numpy) against a plain Python loop.

    .venv/bin/python bench/bench_businesscase.py [--simulations 100000] [--pure 2000]

A case of 10 years, 50 cost lines (all with a range, triangular and PERT) and 30 partners,
split by four kinds of allocation keys. The vectorised engine runs all simulations; the
straightforward pure-Python loop (the same work: draw every line, split it over the partners
per year, discount, sum) runs ``--pure`` simulations and its time is scaled to the full number,
because running it in full would take minutes. Both results are compared, and the script also
times what a web page does (the exact evaluation, and the page's cap of 10,000 simulations).
Prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from samen.businesscase.engine.evaluate import evaluate
from samen.businesscase.engine.keys import key_shares
from samen.businesscase.engine.model import Case, Soort, Verdeling
from samen.businesscase.engine.montecarlo import simulate
from samen.businesscase.engine.validate import case_from_data

YEARS, LINES, PARTNERS = 10, 50, 30
UI_CAP = 10_000


def big_case() -> Case:
    rnd = random.Random(42)
    partners = [
        {"sleutel": f"p{i:02d}", "naam": f"Gemeente {i}", "basislijn": rnd.randint(500_000, 5_000_000),
         "inwoners": {"2019": rnd.randint(8_000, 120_000)}}
        for i in range(PARTNERS)
    ]  # fmt: skip
    keys = {
        "gelijk": {"grondslag": "gelijk"},
        "inwoners": {"grondslag": "inwoners", "peiljaar": 2019},
        "mix": {"grondslag": {"gelijk": 30, "inwoners": 70}, "peiljaar": 2019},
        "gebruik": {
            "grondslag": "gebruik",
            "eenheden": {p["sleutel"]: rnd.randint(10, 500) for p in partners},
        },
    }
    lines = []
    for i in range(LINES):
        soort = ("investering", "kosten", "besparing")[i % 3]
        amount = int(rnd.randint(50_000, 2_000_000) * (1.6 if soort == "besparing" else 1))
        line = {
            "naam": f"Regel {i}", "soort": soort, "bedrag": amount, "verdeelsleutel": list(keys)[i % 4],
            "bandbreedte": {"minimum": int(amount * 0.7), "maximum": int(amount * 1.5),
                            "verdeling": "pert" if i % 2 else "driehoek"},
        }  # fmt: skip
        if soort == "investering":
            line["jaar"] = 2020 + i % 4
        else:
            line.update(vanaf=2020 + i % 3, indexatie=0.02)
        lines.append(line)
    data = {
        "naam": "Benchmark", "startjaar": 2020, "looptijd": YEARS, "disconteringsvoet": 0.04,
        "partners": partners, "verdeelsleutels": keys,
        "scenarios": [{"sleutel": "s", "naam": "S", "kostenregels": lines}],
    }  # fmt: skip
    return case_from_data(data)


def pure_python(case: Case, simulations: int, seed: int) -> tuple[list[float], float]:
    """The straightforward loop: per simulation, per line, per year, per partner.

    Returns the total NPV of each simulation and the share of simulations that pay back.
    """
    rnd = random.Random(seed)
    scenario = case.scenarios[0]
    shares = {k.naam: [float(s) for s in key_shares(case, k)] for k in case.verdeelsleutels}
    rate = float(case.disconteringsvoet)
    npv_total, paid = [], 0
    for _ in range(simulations):
        flows = [[0.0] * YEARS for _ in case.partners]
        for line in scenario.kostenregels:
            band = line.bandbreedte
            assert band is not None
            lo, mode, hi = band.minimum, line.bedrag, band.maximum
            if band.verdeling == Verdeling.PERT:
                alpha = 1 + 4 * (mode - lo) / (hi - lo)
                beta = 1 + 4 * (hi - mode) / (hi - lo)
                amount = lo + (hi - lo) * rnd.betavariate(alpha, beta)
            else:
                amount = rnd.triangular(lo, hi, mode)
            sign = 1.0 if line.soort == Soort.BESPARING else -1.0
            for t in range(YEARS):
                jaar = case.startjaar + t
                if not line.actief_in(jaar):
                    continue
                factor = 1.0 if line.eenmalig else (1 + float(line.indexatie)) ** (jaar - line.jaar)
                for p, share in enumerate(shares[line.verdeelsleutel]):
                    flows[p][t] += sign * amount * factor * share
        npv_partners = [sum(f / (1 + rate) ** t for t, f in enumerate(row)) for row in flows]
        npv_total.append(sum(npv_partners))
        paid += sum(sum(row) for row in flows) >= 0  # the total pays back within the horizon
    return npv_total, paid / simulations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--simulations", type=int, default=100_000)
    parser.add_argument(
        "--pure", type=int, default=2_000, help="simulations of the pure-Python loop"
    )
    args = parser.parse_args()
    case = big_case()
    scenario = case.scenarios[0]
    print(f"Case: {YEARS} years, {LINES} cost lines (all with a range), {PARTNERS} partners.")

    begin = time.perf_counter()
    exact = evaluate(case, scenario)
    t_exact = time.perf_counter() - begin

    simulate(case, scenario, simulations=1_000, seed=0)  # warm-up (imports, BLAS threads)
    begin = time.perf_counter()
    vector = simulate(case, scenario, simulations=args.simulations, seed=1)
    t_vector = time.perf_counter() - begin

    begin = time.perf_counter()
    simulate(case, scenario, simulations=UI_CAP, seed=2)
    t_ui = time.perf_counter() - begin

    begin = time.perf_counter()
    pure, pure_paid = pure_python(case, args.pure, seed=3)
    t_pure = time.perf_counter() - begin
    t_pure_scaled = t_pure * args.simulations / args.pure

    mean_vector = vector.reeks("").ncw_gemiddeld / 100
    mean_pure = statistics.fmean(pure) / 100
    print(f"Exact evaluation (per year, per partner, to the cent): {t_exact:.3f} s")
    print(f"Vectorised Monte Carlo, {args.simulations:,} simulations: {t_vector:.3f} s")
    print(
        f"Pure-Python loop, {args.pure:,} simulations: {t_pure:.3f} s; scaled to "
        f"{args.simulations:,}: {t_pure_scaled:.1f} s"
    )
    print(f"Ratio (pure, scaled / vectorised): {t_pure_scaled / t_vector:.0f}x")
    print(f"Web page cap, {UI_CAP:,} simulations: {t_ui:.3f} s")
    print(
        f"Check: mean NPV in total, vectorised EUR {mean_vector:,.0f}; pure EUR {mean_pure:,.0f}; "
        f"exact at the most likely amounts EUR {exact.totaal.ncw / 100:,.0f}; "
        f"P(pays back) vectorised {vector.reeks('').kans_terugverdiend:.1%}, pure {pure_paid:.1%}"
    )
    print("Goal: vectorised under 2 s:", "met" if t_vector < 2 else "NOT met")


if __name__ == "__main__":
    main()
