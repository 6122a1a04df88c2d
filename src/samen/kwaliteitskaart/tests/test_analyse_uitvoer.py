"""The analyses of the skills map and the output formats (no Django)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from openpyxl import load_workbook

from samen.kwaliteitskaart.analyse import (
    Advies,
    Holder,
    Kwetsbaarheid,
    Need,
    heatmap,
    kwetsbaarheden,
    tekorten,
)
from samen.kwaliteitskaart.uitvoer import (
    Regel,
    Samenvatting,
    kalender,
    naar_csv,
    naar_excel,
    naar_json,
    naar_tabel,
    per_persoon,
)

A, B = 1, 2
NET, GIS, WOZ = 10, 20, 30
HOLDERS = [
    Holder(1, A, {NET: 3, GIS: 1}),
    Holder(2, A, {NET: 2, WOZ: 2}),
    Holder(3, B, {NET: 4}),
    Holder(4, B, {WOZ: 3}),
]


def test_heatmap_counts_people_per_level_and_marks_what_is_needed():
    cells = heatmap(HOLDERS, [A, B], [NET, GIS, WOZ], [Need(1, A, NET, 3), Need(2, A, NET, 2)])
    assert cells[(NET, A)].levels == (0, 1, 1, 0)
    assert cells[(NET, A)].count == 2 and cells[(NET, A)].max_level == 3
    assert cells[(NET, A)].needed_level == 3 and cells[(NET, A)].able == 1
    assert cells[(GIS, B)].count == 0 and not cells[(GIS, B)].needed
    assert cells[(WOZ, B)].at_least(3) == 1 and cells[(WOZ, B)].at_least(4) == 0


def test_single_points_of_failure():
    needs = [
        Need(1, A, WOZ, 3),  # only holder 4 (B): one person in the cooperation
        Need(2, B, GIS, 2),  # nobody at level 2
        Need(3, B, NET, 3),  # holders 1 (A) and 3 (B): fine
        Need(4, A, NET, 4),  # only holder 3 (B): one person
        Need(5, B, NET, 2),  # three people, one of them in B: fine
        Need(6, B, WOZ, 2),  # holders 2 (A) and 4 (B): fine
        Need(7, A, NET, 2),  # fine
    ]
    found = {b.need.id: b.soort for b in kwetsbaarheden(HOLDERS, needs)}
    assert found == {
        1: Kwetsbaarheid.EEN_PERSOON,
        2: Kwetsbaarheid.NIEMAND,
        4: Kwetsbaarheid.EEN_PERSOON,
    }
    none_own = kwetsbaarheden(
        [Holder(1, A, {NET: 3}), Holder(2, A, {NET: 3})], [Need(9, B, NET, 2)]
    )
    assert [(b.need.id, b.soort) for b in none_own] == [(9, Kwetsbaarheid.NIEMAND_IN_ORGANISATIE)]
    assert kwetsbaarheden(HOLDERS, needs)[0].soort == Kwetsbaarheid.NIEMAND  # most severe first


def test_gaps_get_develop_deploy_or_hire_in_that_order():
    needs = [
        Need(1, A, NET, 3, required=2),  # A has 1 at 3 and 2 at level 2: develop holder 2
        Need(2, A, WOZ, 3, required=1),  # A has WOZ 2 (holder 2): develop
        Need(3, B, GIS, 2, required=1),  # nobody in B near, nobody anywhere at 2: hire
        Need(4, B, NET, 3, required=1),  # B has holder 3 at 4: no gap
        Need(5, A, NET, 4, required=1),  # A's best is 3 (holder 1): develop; B has one at 4
        Need(6, B, NET, 2, required=3),  # B: one own; nobody at 1 in B; A has two: deploy
    ]
    gaps = {t.need.id: t for t in tekorten(HOLDERS, needs)}
    assert set(gaps) == {1, 2, 3, 5, 6}
    assert (
        gaps[1].advies == Advies.ONTWIKKELEN and gaps[1].develop == (2,) and gaps[1].shortfall == 1
    )
    assert gaps[2].advies == Advies.ONTWIKKELEN and gaps[2].develop == (2,)
    assert gaps[3].advies == Advies.WERVEN and gaps[3].deploy == ()
    assert gaps[5].advies == Advies.ONTWIKKELEN and gaps[5].deploy == (3,)
    assert gaps[6].advies == Advies.INZETTEN and gaps[6].deploy == (1, 2) and gaps[6].shortfall == 2


def regel(datum: dt.date, **kw) -> Regel:
    base: dict[str, Any] = dict(
        organisatie="Dalfsen", taak="Netwerk", specialisme="Netwerkbeheer", minimumniveau=2,
        vervanger="Anna", vervanger_organisatie="Dalfsen", niveau=3, kosten=3, reden="",
    )  # fmt: skip
    base.update(kw)
    return Regel(datum=datum, **base)


MA, DI = dt.date(2012, 4, 5), dt.date(2012, 4, 10)  # around Easter 2012
REGELS = [
    regel(MA),
    regel(MA, taak="GIS", vervanger="Bert", vervanger_organisatie="Staphorst", kosten=120),
    regel(
        DI,
        vervanger="",
        vervanger_organisatie="",
        niveau=None,
        kosten=None,
        reden="iedereen die het kan is afwezig",
    ),
    regel(
        DI,
        taak="StUF",
        vervanger="",
        vervanger_organisatie="",
        niveau=None,
        kosten=None,
        reden="niemand",
        structureel=True,
    ),
]
SAMENVATTING = Samenvatting("DSZ", MA, DI, 2, 4, 2, 1, 123, 0.01)


def test_csv_has_one_row_per_task_day_with_status_and_reason():
    rows = list(csv.DictReader(io.StringIO(naar_csv(REGELS)), delimiter=";"))
    assert len(rows) == 4
    assert rows[1]["vervanger_organisatie"] == "Staphorst" and rows[1]["status"] == "gedekt"
    assert rows[2]["status"] == "ongedekt" and rows[2]["reden"] == "iedereen die het kan is afwezig"
    assert rows[0]["datum"] == "2012-04-05"


def test_excel_json_and_table_hold_the_same_plan():
    wb = load_workbook(io.BytesIO(naar_excel(REGELS, SAMENVATTING)))
    assert wb.sheetnames == ["Samenvatting", "Per dag", "Per medewerker", "Ongedekt"]
    assert wb["Per dag"].max_row == 5  # header + 4 task-days
    assert wb["Ongedekt"].max_row == 3
    assert wb["Per dag"]["A2"].value.date() == MA
    data = json.loads(naar_json(REGELS, SAMENVATTING))
    assert data["samenvatting"]["ongedekt"] == 2
    assert [p["vervanger"] for p in data["per_persoon"]] == ["Anna", "Bert"]
    tabel = naar_tabel(REGELS, SAMENVATTING)
    assert "ONGEDEKT: iedereen die het kan is afwezig" in tabel and "Bert (Staphorst)" in tabel


def test_per_person_counts_task_days_for_partners_and_the_busiest_day():
    rows = [regel(MA), regel(MA, taak="GIS", organisatie="Staphorst"), regel(DI)]
    [anna] = per_persoon(rows)
    assert (anna.taakdagen, anna.extern, anna.dagen, anna.max_per_dag) == (3, 1, 2, 2)


def test_calendar_shows_weeks_with_holidays_and_counts():
    [april] = kalender(REGELS, MA, DI)
    assert april.titel == "april 2012"
    days = {d.datum: d for week in april.weken for d in week}
    assert days[dt.date(2012, 4, 6)].feestdag == "Goede vrijdag"
    assert not days[dt.date(2012, 4, 9)].werkdag  # Tweede paasdag
    assert days[MA].gedekt == 2 and days[MA].extern == 1
    assert (
        days[DI].ongedekt == 2 and days[DI].structureel == 1 and days[DI].ongedekt_vervanging == 1
    )
    assert not days[dt.date(2012, 4, 20)].in_periode
    assert all(len(week) == 5 for week in april.weken)
