"""A substitution plan as rows, and those rows as a table, CSV, JSON, Excel and a calendar.

Pure Python (openpyxl for Excel), no Django import. The rows arrive with names already shown or
hidden per the privacy rule: this module only formats what it is given.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from samen.kwaliteitskaart.solver.workdays import holiday_name, is_working_day

WEEKDAGEN = ("ma", "di", "wo", "do", "vr")
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True)
class Regel:
    """One task-day of the plan."""

    datum: dt.date
    organisatie: str  # whose task
    taak: str
    specialisme: str
    minimumniveau: int
    vervanger: str  # name or pseudonym; empty when uncovered
    vervanger_organisatie: str
    niveau: int | None
    kosten: int | None
    reden: str  # why uncovered; empty when covered
    structureel: bool = False  # uncovered because nobody in the cooperation can do it at all

    @property
    def gedekt(self) -> bool:
        return not self.reden

    @property
    def extern(self) -> bool:
        return self.gedekt and self.vervanger_organisatie != self.organisatie


@dataclass(frozen=True)
class Samenvatting:
    samenwerkingsverband: str
    van: dt.date
    tot: dt.date
    werkdagen: int
    taakdagen: int
    gedekt: int
    extern: int
    kosten: int
    rekentijd_s: float

    @property
    def ongedekt(self) -> int:
        return self.taakdagen - self.gedekt


@dataclass(frozen=True)
class PersoonTotaal:
    vervanger: str
    organisatie: str
    taakdagen: int
    extern: int  # task-days for another organisation
    dagen: int
    max_per_dag: int


def per_persoon(regels: Iterable[Regel]) -> list[PersoonTotaal]:
    per: dict[tuple[str, str], list[Regel]] = defaultdict(list)
    for r in regels:
        if r.gedekt:
            per[(r.vervanger, r.vervanger_organisatie)].append(r)
    result = []
    for (naam, org), rs in per.items():
        per_dag: dict[dt.date, int] = defaultdict(int)
        for r in rs:
            per_dag[r.datum] += 1
        result.append(
            PersoonTotaal(
                vervanger=naam,
                organisatie=org,
                taakdagen=len(rs),
                extern=sum(1 for r in rs if r.extern),
                dagen=len(per_dag),
                max_per_dag=max(per_dag.values()),
            )
        )
    return sorted(result, key=lambda p: (p.organisatie, -p.taakdagen, p.vervanger))


CSV_KOLOMMEN = (
    "datum", "organisatie", "taak", "specialisme", "minimumniveau", "status", "vervanger",
    "vervanger_organisatie", "niveau", "kosten", "reden",
)  # fmt: skip


def _csv_rij(r: Regel) -> list[object]:
    return [
        r.datum.isoformat(), r.organisatie, r.taak, r.specialisme, r.minimumniveau,
        "gedekt" if r.gedekt else "ongedekt", r.vervanger, r.vervanger_organisatie,
        "" if r.niveau is None else r.niveau, "" if r.kosten is None else r.kosten, r.reden,
    ]  # fmt: skip


def naar_csv(regels: Iterable[Regel]) -> str:
    """One row per task-day, covered or not; semicolons, as Dutch spreadsheets expect."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_KOLOMMEN)
    for r in regels:
        writer.writerow(_csv_rij(r))
    return out.getvalue()


def naar_json(regels: Sequence[Regel], samenvatting: Samenvatting) -> str:
    data = {
        "samenvatting": {
            **{
                k: (v.isoformat() if isinstance(v, dt.date) else v)
                for k, v in asdict(samenvatting).items()
            },
            "ongedekt": samenvatting.ongedekt,
        },
        "taakdagen": [
            {**asdict(r), "datum": r.datum.isoformat(), "gedekt": r.gedekt} for r in regels
        ],
        "per_persoon": [asdict(p) for p in per_persoon(regels)],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _kop(s: Samenvatting) -> list[str]:
    return [
        f"Vervangingsplan {s.samenwerkingsverband}: {s.van.isoformat()} t/m {s.tot.isoformat()}",
        f"{s.werkdagen} werkdagen, {s.taakdagen} taakdagen, {s.gedekt} gedekt "
        f"({s.extern} door een partnergemeente), {s.ongedekt} ongedekt; kosten {s.kosten}; "
        f"rekentijd {s.rekentijd_s:.2f} s",
    ]


def naar_tabel(regels: Sequence[Regel], samenvatting: Samenvatting) -> str:
    """For the terminal: per day, then per person, then the uncovered task-days."""
    lines = _kop(samenvatting)
    dag: dt.date | None = None
    for r in regels:
        if r.datum != dag:
            dag = r.datum
            lines += ["", f"{WEEKDAGEN[dag.weekday()]} {dag.isoformat()}"]
        wie = f"{r.vervanger} ({r.vervanger_organisatie})" if r.gedekt else f"ONGEDEKT: {r.reden}"
        lines.append(f"  {r.organisatie:<16} {r.taak[:40]:<40} {wie}")
    lines += ["", "Per medewerker (taakdagen, waarvan voor een partner, dagen, max per dag):"]
    for p in per_persoon(regels):
        lines.append(
            f"  {p.vervanger[:32]:<32} {p.organisatie:<16} {p.taakdagen:>5} {p.extern:>5} "
            f"{p.dagen:>5} {p.max_per_dag:>3}"
        )
    ongedekt = [r for r in regels if not r.gedekt]
    lines += ["", f"Ongedekte taakdagen: {len(ongedekt)}"]
    for r in ongedekt:
        lines.append(f"  {r.datum.isoformat()} {r.organisatie:<16} {r.taak[:40]:<40} {r.reden}")
    return "\n".join(lines) + "\n"


def naar_excel(regels: Sequence[Regel], samenvatting: Samenvatting) -> bytes:
    """A workbook with the sheets Samenvatting, Per dag, Per medewerker and Ongedekt.

    Written in openpyxl's write-only mode: a year's plan has thousands of rows."""
    wb = Workbook(write_only=True)

    def vet(sheet: Any, waarden: Iterable[str]) -> list[Cell]:
        cellen = []
        for waarde in waarden:
            cel = WriteOnlyCell(sheet, value=waarde)
            cel.font = Font(bold=True)
            cellen.append(cel)
        return cellen

    samen = wb.create_sheet("Samenvatting")
    kop = _kop(samenvatting)
    samen.append(vet(samen, kop[:1]))
    for regel in kop[1:]:
        samen.append([regel])

    def blad(titel: str, kop: Sequence[str], rijen: Iterable[Sequence[object]]) -> None:
        sheet = wb.create_sheet(titel)
        for i, naam in enumerate(kop, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = max(12, len(naam) + 2)
        sheet.freeze_panes = "A2"
        sheet.append(vet(sheet, kop))
        for rij in rijen:
            sheet.append(list(rij))

    blad("Per dag", CSV_KOLOMMEN, (_excel_rij(r) for r in regels))
    blad(
        "Per medewerker",
        ("vervanger", "organisatie", "taakdagen", "voor een partner", "dagen", "max per dag"),
        (
            (p.vervanger, p.organisatie, p.taakdagen, p.extern, p.dagen, p.max_per_dag)
            for p in per_persoon(regels)
        ),
    )
    blad(
        "Ongedekt",
        ("datum", "organisatie", "taak", "specialisme", "minimumniveau", "reden"),
        (
            (r.datum, r.organisatie, r.taak, r.specialisme, r.minimumniveau, r.reden)
            for r in regels
            if not r.gedekt
        ),
    )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _excel_rij(r: Regel) -> list[object]:
    rij = _csv_rij(r)
    rij[0] = r.datum  # a real date cell
    return rij


@dataclass(frozen=True)
class Dag:
    datum: dt.date
    in_periode: bool
    werkdag: bool
    feestdag: str | None
    taakdagen: int
    gedekt: int
    extern: int
    structureel: int = 0  # uncovered because nobody can do the task at all

    @property
    def ongedekt(self) -> int:
        return self.taakdagen - self.gedekt

    @property
    def ongedekt_vervanging(self) -> int:
        """Uncovered because those who can are absent or fully booked: what substitution is about."""
        return self.ongedekt - self.structureel


@dataclass(frozen=True)
class Maand:
    titel: str
    weken: list[list[Dag]]  # Monday to Friday


def kalender(regels: Iterable[Regel], van: dt.date, tot: dt.date) -> list[Maand]:
    """The period as months of weeks (Monday to Friday), each day with its counts."""
    tellingen: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in regels:
        t = tellingen[r.datum]
        t[0] += 1
        t[1] += r.gedekt
        t[2] += r.extern
        t[3] += r.structureel
    maanden: list[Maand] = []
    eerste = van.replace(day=1)
    while eerste <= tot:
        volgende = (eerste + dt.timedelta(days=32)).replace(day=1)
        maandag = eerste - dt.timedelta(days=eerste.weekday())
        weken: list[list[Dag]] = []
        while maandag < volgende:
            week = []
            for i in range(5):
                d = maandag + dt.timedelta(days=i)
                t = tellingen.get(d, [0, 0, 0, 0])
                week.append(
                    Dag(
                        datum=d,
                        in_periode=van <= d <= tot and d.month == eerste.month,
                        werkdag=is_working_day(d),
                        feestdag=holiday_name(d) if d.weekday() < 5 else None,
                        taakdagen=t[0],
                        gedekt=t[1],
                        extern=t[2],
                        structureel=t[3],
                    )
                )
            if any(dag.datum.month == eerste.month for dag in week):
                weken.append(week)
            maandag += dt.timedelta(days=7)
        maanden.append(Maand(titel=f"{MAANDEN[eerste.month - 1]} {eerste.year}", weken=weken))
        eerste = volgende
    return maanden
