"""Reading files: every common delimiter and encoding, Excel and Parquet; malformed files give a
Dutch error naming the place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samen.gegevensbeheer.engine import LeesFout, valideer
from samen.gegevensbeheer.tests.helpers import definitie

D = definitie(
    [
        {"name": "code", "constraints": {"required": True, "pattern": "[A-Z]{2}"}},
        {"name": "plaats", "constraints": {"minLength": 2}},
        {"name": "bedrag", "type": "number", "constraints": {"minimum": 0}},
    ]
)
REGELS = [
    ["code", "plaats", "bedrag"],
    ["AB", "Zwartewaterland €", "1.5"],
    ["ab", "Hé", "-2"],
    ["CD", "IJhorst", "3"],
]


@pytest.mark.parametrize("scheiding", [",", ";", "\t", "|"])
@pytest.mark.parametrize("codering", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_csv_delimiters_and_encodings(tmp_path: Path, scheiding: str, codering: str) -> None:
    pad = tmp_path / "d.csv"
    pad.write_bytes("\r\n".join(scheiding.join(r) for r in REGELS).encode(codering))
    r = valideer(pad, D, "t")
    assert r.scheidingsteken == scheiding
    assert r.rijen == 3
    tel = {b.sleutel: b.aantal for b in r.bevindingen if b.aantal}
    assert tel == {"pattern:code": 1, "minimum:bedrag": 1}
    pattern = next(b for b in r.bevindingen if b.sleutel == "pattern:code")
    assert pattern.voorbeelden[0].waarden == {"code": "ab", "plaats": "Hé", "bedrag": "-2"}
    eerste = next(b for b in r.bevindingen if b.sleutel == "minimum:bedrag")
    assert eerste.voorbeelden[0].rij == 3


def test_excel(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for rij in [REGELS[0], ["AB", "Dalfsen", 1.5], ["ab", "Hé", -2], ["CD", "Rouveen", 3]]:
        ws.append(rij)
    pad = tmp_path / "d.xlsx"
    wb.save(pad)
    r = valideer(pad, D, "t")
    assert r.formaat == "excel"
    assert {b.sleutel: b.aantal for b in r.bevindingen if b.aantal} == {
        "pattern:code": 1,
        "minimum:bedrag": 1,
    }


def test_excel_dates_become_iso(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["datum"])
    ws.append([dt.datetime(2012, 3, 8)])
    ws.append(["8-3-2012"])
    pad = tmp_path / "d.xlsx"
    wb.save(pad)
    r = valideer(pad, definitie([{"name": "datum", "type": "date"}]), "t")
    assert [(b.beperking, b.aantal, [v.rij for v in b.voorbeelden]) for b in r.bevindingen] == [
        ("type", 1, [3])
    ]


def test_parquet(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pad = tmp_path / "d.parquet"
    tabel = pa.table(
        {
            "code": ["AB", "ab", None],
            "plaats": ["Hasselt", "H", "Genemuiden"],
            "bedrag": [1.0, 2.0, -1.0],
        }
    )
    pq.write_table(tabel, pad)
    r = valideer(pad, D, "t")
    assert r.formaat == "parquet"
    tel = {b.sleutel: b.aantal for b in r.bevindingen if b.aantal}
    assert tel == {
        "required:code": 1,
        "pattern:code": 1,
        "minLength:plaats": 1,
        "minimum:bedrag": 1,
    }


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"", "is leeg"),
        (b"code,plaats,bedrag\n", "alleen een kopregel"),
        (
            b"code,plaats,bedrag\nAB,Dalfsen,1\nCD,Hasselt\n",
            "Regel 3 heeft 2 kolommen, de kopregel 3",
        ),
        (b"code,plaats,bedrag\nAB,Dalfsen,1\nCD,Hasselt,2,9\n", "Regel 3 heeft meer kolommen"),
        (b"code,bedrag\nAB,1\n", "kolom 'plaats' ontbreekt"),
        (b"code,plaats,bedrag\nAB,Dalfs\xc3\xa9n,1\nCD,Hass\xffelt,2\n", "regel 3"),
        (b'code,plaats,bedrag\nAB,"Dalfsen,1\n', "aanhalingsteken"),
        (b"code,plaats,plaats,bedrag\nAB,x,y,1\n", "komt twee keer voor"),
    ],
)
def test_malformed_files(tmp_path: Path, inhoud: bytes, melding: str) -> None:
    pad = tmp_path / "d.csv"
    pad.write_bytes(inhoud)
    with pytest.raises(LeesFout) as fout:
        valideer(pad, D, "t")
    assert melding.lower() in str(fout.value).lower()


@pytest.mark.parametrize("aantal", [3000, 90_000])  # inside and beyond the 1 MiB sample
def test_damaged_utf8_deep_in_a_file_names_the_line(tmp_path: Path, aantal: int) -> None:
    regels = ["code,plaats,bedrag"] + [f"AB,Dalfsén,{i}" for i in range(aantal)]
    data = ("\n".join(regels) + "\n").encode() + b"CD,Hass\xffelt,1\n"
    pad = tmp_path / "d.csv"
    pad.write_bytes(data)
    with pytest.raises(LeesFout, match=f"(?i)regel {aantal + 2}"):
        valideer(pad, D, "t")
