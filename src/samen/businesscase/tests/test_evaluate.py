"""The exact evaluation against cases computed by hand, and NPV against numpy-financial."""

from __future__ import annotations

import copy
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samen.businesscase.engine.evaluate import evaluate, evaluate_all
from samen.businesscase.engine.keys import key_shares
from samen.businesscase.engine.validate import case_from_data

#: Two partners, A (10,000 inhabitants) and B (30,000), three years from 2020 at 5%.
HAND = {
    "naam": "Handberekening",
    "startjaar": 2020,
    "looptijd": 3,
    "disconteringsvoet": 0.05,
    "partners": [
        {"sleutel": "a", "naam": "A", "basislijn": 100000, "inwoners": {"2019": 10000}},
        {"sleutel": "b", "naam": "B", "basislijn": 200000, "inwoners": {"2019": 30000}},
    ],
    "verdeelsleutels": {
        "gelijk": {"grondslag": "gelijk"},
        "inwoners": {"grondslag": "inwoners", "peiljaar": 2019},
        "half-half": {"grondslag": {"gelijk": 50, "inwoners": 50}, "peiljaar": 2019},
    },
    "scenarios": [
        {
            "sleutel": "basis",
            "naam": "Basis",
            "kostenregels": [
                {
                    "naam": "Investering",
                    "soort": "investering",
                    "jaar": 2020,
                    "bedrag": 100000,
                    "verdeelsleutel": "gelijk",
                },
                {
                    "naam": "Beheer",
                    "soort": "kosten",
                    "vanaf": 2020,
                    "bedrag": 10000,
                    "indexatie": 0.1,
                    "verdeelsleutel": "inwoners",
                },
                {
                    "naam": "Besparing",
                    "soort": "besparing",
                    "vanaf": 2021,
                    "bedrag": 60000,
                    "verdeelsleutel": "half-half",
                },
            ],
        }
    ],
}


def hand_case(**changes):
    data = copy.deepcopy(HAND)
    data.update(changes)
    return case_from_data(data)


def test_hand_computed_case():
    # Shares: gelijk A 1/2, B 1/2; inwoners A 10000/40000 = 1/4, B 3/4;
    # half-half A 0.5*1/2 + 0.5*1/4 = 3/8, B 0.5*1/2 + 0.5*3/4 = 5/8.
    # Investering 2020: 100,000 -> A 50,000, B 50,000.
    # Beheer 10,000 +10%/yr: 2020 10,000 (A 2,500 B 7,500), 2021 11,000 (A 2,750 B 8,250),
    #   2022 12,100 (A 3,025 B 9,075); 2023 13,310 (A 3,327.50 B 9,982.50).
    # Besparing 60,000 from 2021: A 22,500, B 37,500 a year.
    # Netto A: 2020 -52,500; 2021 22,500-2,750 = 19,750; 2022 22,500-3,025 = 19,475.
    #   cumulative -52,500, -32,750, -13,275 -> not paid back in 3 years; 2023: +19,172.50
    #   -> 5,897.50 >= 0: the shortest horizon is 4 years (2023).
    # Netto B: 2020 -57,500; 2021 37,500-8,250 = 29,250; 2022 37,500-9,075 = 28,425.
    #   cumulative -57,500, -28,250, +175 -> paid back in 2022 (3 years).
    # Total: -110,000, 49,000, 47,900; cumulative -110,000, -61,000, -13,100; 2023 +46,690.
    # NPV total at 5%: -110,000 + 49,000/1.05 + 47,900/1.05^2
    #   = -110,000 + 46,666.6667 + 43,446.7120 = -19,886.62
    # Extra cost a year: A 13,275/3 = 4,425.00; B -175/3 = -58.33; total 13,100/3 = 4,366.67.
    case = hand_case()
    res = evaluate(case, case.scenarios[0])
    a, b = res.partners
    assert res.jaren == (2020, 2021, 2022)
    assert a.netto == (-5_250_000, 1_975_000, 1_947_500)
    assert a.cumulatief == (-5_250_000, -3_275_000, -1_327_500)
    assert (a.terugverdienjaar, a.kortste_looptijd) == (None, 4)
    assert a.extra_per_jaar == 442_500
    assert b.netto == (-5_750_000, 2_925_000, 2_842_500)
    assert b.cumulatief[-1] == 17_500
    assert (b.terugverdienjaar, b.kortste_looptijd) == (2022, 3)
    assert b.extra_per_jaar == -5_833
    assert res.totaal.netto == (-11_000_000, 4_900_000, 4_790_000)
    assert res.totaal.cumulatief_verlengd[3] == 4_669_000 - 1_310_000
    assert (res.totaal.terugverdienjaar, res.totaal.kortste_looptijd) == (None, 4)
    assert res.totaal.ncw == -1_988_662
    assert res.totaal.extra_per_jaar == 436_667
    # The baseline is unchanged (no indexation) and the new costs are baseline - netto.
    assert a.basislijn == (10_000_000,) * 3
    assert a.nieuw == (15_250_000, 8_025_000, 8_052_500)


def test_npv_agrees_with_numpy_financial():
    case = hand_case(disconteringsvoet=0.0375)
    res = evaluate(case, case.scenarios[0])
    for reeks in res.reeksen:
        expected = npf.npv(0.0375, [v / 100 for v in reeks.netto])
        assert reeks.ncw / 100 == pytest.approx(expected, abs=0.01)


@settings(max_examples=40, deadline=None)
@given(
    rate=st.decimals(min_value=0, max_value=Decimal("0.2"), places=3),
    amounts=st.lists(st.integers(min_value=0, max_value=10**8), min_size=3, max_size=3),
)
def test_npv_matches_numpy_financial_for_any_rate(rate, amounts):
    data = copy.deepcopy(HAND)
    data["disconteringsvoet"] = float(rate)
    for regel, bedrag in zip(data["scenarios"][0]["kostenregels"], amounts, strict=True):
        regel["bedrag"] = bedrag
    case = case_from_data(data)
    res = evaluate(case, case.scenarios[0])
    expected = npf.npv(float(rate), [v / 100 for v in res.totaal.netto])
    assert res.totaal.ncw / 100 == pytest.approx(expected, abs=0.01)


def test_partners_add_up_to_the_total_per_year_to_the_cent():
    case = hand_case()
    res = evaluate(case, case.scenarios[0])
    for veld in ("investeringen", "kosten", "besparingen", "netto", "cumulatief"):
        totals = [sum(v) for v in zip(*(getattr(p, veld) for p in res.partners), strict=True)]
        assert tuple(totals) == getattr(res.totaal, veld)
    for verdeling in res.regels:
        assert sum(verdeling.per_partner) == verdeling.totaal


def test_mixed_key_shares():
    case = hand_case()
    assert [str(s) for s in key_shares(case, case.sleutel("half-half"))] == ["3/8", "5/8"]


def test_a_later_investment_moves_the_payback_year():
    # Savings of 10,000 a year from 2020 (cumulative 10,000 in 2020, 20,000 in 2021), then an
    # investment of 50,000 in 2022: cumulative -20,000 in 2022, -10,000 in 2023, 0 in 2024.
    # Within a 3-year horizon it does not pay back; the first horizon at whose end the
    # cumulative effect is >= 0 again is 5 years (2024), not the 1 year of 2020.
    data = copy.deepcopy(HAND)
    data["scenarios"][0]["kostenregels"] = [
        {"naam": "Besparing", "soort": "besparing", "bedrag": 10000, "verdeelsleutel": "gelijk"},
        {"naam": "Later", "soort": "investering", "jaar": 2022, "bedrag": 50000,
         "verdeelsleutel": "gelijk"},
    ]  # fmt: skip
    case = case_from_data(data)
    totaal = evaluate(case, case.scenarios[0]).totaal
    assert totaal.cumulatief == (1_000_000, 2_000_000, -2_000_000)
    assert (totaal.terugverdienjaar, totaal.kortste_looptijd) == (None, 5)
    # With a 5-year horizon it pays back in 2024: the year from which it stays >= 0.
    data["looptijd"] = 5
    case = case_from_data(data)
    totaal = evaluate(case, case.scenarios[0]).totaal
    assert (totaal.terugverdienjaar, totaal.kortste_looptijd) == (2024, 5)


def test_recurring_line_with_end_year_and_scenario_horizon():
    # Kosten of 1,000 a year in 2020-2021 only; the scenario runs 4 years.
    data = copy.deepcopy(HAND)
    data["scenarios"][0]["looptijd"] = 4
    data["scenarios"][0]["kostenregels"] = [
        {"naam": "Kort", "soort": "kosten", "vanaf": 2020, "tot": 2021, "bedrag": 1000,
         "verdeelsleutel": "gelijk"},
    ]  # fmt: skip
    case = case_from_data(data)
    res = evaluate(case, case.scenarios[0])
    assert res.jaren == (2020, 2021, 2022, 2023)
    assert res.totaal.kosten == (100_000, 100_000, 0, 0)
    assert res.totaal.kortste_looptijd is None  # never earned back: there is nothing to earn


def test_baseline_indexation():
    # 100,000 growing 2% a year: 100,000; 102,000; 104,040.
    case = hand_case(basislijn_indexatie=0.02)
    a = evaluate(case, case.scenarios[0]).partners[0]
    assert a.basislijn == (10_000_000, 10_200_000, 10_404_000)


def test_evaluate_all_gives_every_scenario():
    case = hand_case()
    assert [r.scenario.sleutel for r in evaluate_all(case)] == ["basis"]
