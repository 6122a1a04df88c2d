"""Monte Carlo and tornado: reproducible with a seed, and right against closed-form statistics."""

from __future__ import annotations

import math

import pytest

from samen.businesscase.engine.evaluate import evaluate
from samen.businesscase.engine.montecarlo import simulate, tornado
from samen.businesscase.engine.validate import case_from_data


def one_line_case(regels, *, looptijd=1, rate=0):
    return case_from_data(
        {
            "naam": "MC",
            "startjaar": 2020,
            "looptijd": looptijd,
            "disconteringsvoet": rate,
            "partners": [
                {"sleutel": "a", "naam": "A", "inwoners": {"2019": 1}},
                {"sleutel": "b", "naam": "B", "inwoners": {"2019": 3}},
            ],
            "verdeelsleutels": {"inwoners": {"grondslag": "inwoners", "peiljaar": 2019}},
            "scenarios": [{"sleutel": "s", "naam": "S", "kostenregels": regels}],
        }
    )


def investering(minimum, bedrag, maximum, verdeling="driehoek", naam="Investering"):
    return {
        "naam": naam,
        "soort": "investering",
        "bedrag": bedrag,
        "verdeelsleutel": "inwoners",
        "bandbreedte": {"minimum": minimum, "maximum": maximum, "verdeling": verdeling},
    }


def test_same_seed_same_results_other_seed_other_results():
    case = one_line_case([investering(80_000, 100_000, 150_000)])
    s = case.scenarios[0]
    first = simulate(case, s, simulations=25_000, seed=7)
    again = simulate(case, s, simulations=25_000, seed=7)
    other = simulate(case, s, simulations=25_000, seed=8)
    assert first == again
    assert first.reeks("").ncw_p50 != other.reeks("").ncw_p50
    assert first.zaad == 7


def test_without_ranges_every_simulation_is_the_exact_result():
    case = one_line_case(
        [{"naam": "Kosten", "soort": "kosten", "bedrag": 1234.56, "indexatie": 0.02,
          "verdeelsleutel": "inwoners"}],
        looptijd=4, rate=0.04,
    )  # fmt: skip
    res = evaluate(case, case.scenarios[0])
    sim = simulate(case, case.scenarios[0], simulations=50, seed=1)
    assert sim.onzekere_regels == 0
    for exact, spreiding in zip(res.reeksen, sim.reeksen, strict=True):
        for value in (spreiding.ncw_p10, spreiding.ncw_p50, spreiding.ncw_p90):
            assert abs(value - exact.ncw) <= 2  # the exact engine rounds each year to the cent
        assert spreiding.kans_terugverdiend == 0.0


def test_triangular_distribution_matches_its_closed_form():
    # Triangular(a=80,000, c=100,000, b=150,000); NPV = -amount (one year, rate 0).
    # mean (a+b+c)/3 = 110,000. CDF left of c: (x-a)^2/((b-a)(c-a)); right: 1-(b-x)^2/((b-a)(b-c)).
    # amount P90: (b-x)^2 = 0.1*70,000*50,000 -> x = 150,000 - 18,708.29 = 131,291.71
    # amount P10: (x-a)^2 = 0.1*70,000*20,000 -> x = 80,000 + 11,832.16 = 91,832.16
    # So NPV P10 = -131,291.71 and NPV P90 = -91,832.16 (in total; A bears 1/4, B 3/4).
    case = one_line_case([investering(80_000, 100_000, 150_000)])
    sim = simulate(case, case.scenarios[0], simulations=200_000, seed=2012)
    totaal = sim.reeks("")
    assert totaal.ncw_gemiddeld / 100 == pytest.approx(-110_000, abs=300)
    assert totaal.ncw_p10 / 100 == pytest.approx(
        -150_000 + math.sqrt(0.1 * 70_000 * 50_000), abs=400
    )
    assert totaal.ncw_p90 / 100 == pytest.approx(
        -80_000 - math.sqrt(0.1 * 70_000 * 20_000), abs=400
    )
    assert sim.reeks("a").ncw_gemiddeld / 100 == pytest.approx(-110_000 / 4, abs=100)
    assert sum(k.aantal for k in totaal.histogram) == 200_000


def test_pert_mean_is_a_plus_four_m_plus_b_over_six():
    # PERT(80,000, 100,000, 150,000): mean (80,000 + 4*100,000 + 150,000)/6 = 105,000.
    case = one_line_case([investering(80_000, 100_000, 150_000, "pert")])
    sim = simulate(case, case.scenarios[0], simulations=200_000, seed=3)
    assert sim.reeks("").ncw_gemiddeld / 100 == pytest.approx(-105_000, abs=250)


def test_probability_of_paying_back_within_the_horizon():
    # Investment 100 in 2020; saving S a year in 2020 and 2021 with S triangular(0, 50, 100),
    # symmetric around 50. Cumulative at the end of two years: 2S - 100 >= 0 exactly when
    # S >= 50, so the probability is 1/2 (for each partner too: the shares are the same).
    case = one_line_case(
        [
            {"naam": "Investering", "soort": "investering", "bedrag": 100, "verdeelsleutel": "inwoners"},
            {"naam": "Besparing", "soort": "besparing", "bedrag": 50, "verdeelsleutel": "inwoners",
             "bandbreedte": {"minimum": 0, "maximum": 100}},
        ],
        looptijd=2,
    )  # fmt: skip
    sim = simulate(case, case.scenarios[0], simulations=100_000, seed=11)
    for reeks in sim.reeksen:
        assert reeks.kans_terugverdiend == pytest.approx(0.5, abs=0.01)


def test_progress_reports_every_simulation():
    case = one_line_case([investering(80_000, 100_000, 150_000)])
    seen = []
    simulate(case, case.scenarios[0], simulations=23_456, seed=1, progress=seen.append)
    assert sum(seen) == 23_456 and len(seen) == 3


def test_tornado_ranks_lines_by_swing():
    # One year, rate 0. Base NPV: -100,000 (investment) + 30,000 (saving) = -70,000.
    # Investment 80,000..150,000: NPV -50,000 at its minimum, -120,000 at its maximum (swing 70,000).
    # Saving 20,000..35,000: NPV -80,000 at its minimum, -65,000 at its maximum (swing 15,000).
    case = one_line_case(
        [
            {"naam": "Besparing", "soort": "besparing", "bedrag": 30_000, "verdeelsleutel": "inwoners",
             "bandbreedte": {"minimum": 20_000, "maximum": 35_000}},
            investering(80_000, 100_000, 150_000),
        ]
    )  # fmt: skip
    res = evaluate(case, case.scenarios[0])
    t = tornado(case, res)[""]
    assert t.basis == -7_000_000
    assert [b.regel for b in t.balken] == ["Investering", "Besparing"]
    inv, bes = t.balken
    assert (inv.ncw_bij_minimum, inv.ncw_bij_maximum, inv.zwaai) == (
        -5_000_000,
        -12_000_000,
        7_000_000,
    )
    assert (bes.ncw_bij_minimum, bes.ncw_bij_maximum) == (-8_000_000, -6_500_000)
    # Partner A bears a quarter of everything.
    a = tornado(case, res)["a"]
    assert a.balken[0].zwaai == 7_000_000 // 4
