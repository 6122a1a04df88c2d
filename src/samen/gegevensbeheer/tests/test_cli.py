"""``samen validate``: exit codes 0/1/2, table and JSON output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from samen.gegevensbeheer.demo import DEFINITIE

KOP = "nummeraanduiding_id,openbareruimte,huisnummer,huisletter,huisnummertoevoeging,postcode,woonplaats"


def samen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samen.cli", "validate", *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def bestanden(tmp_path: Path) -> tuple[Path, Path]:
    goed = tmp_path / "goed.csv"
    goed.write_text(f"{KOP}\n0148200000000001,Kerkstraat,1,A,,7721 AB,Dalfsen\n")
    fout = tmp_path / "fout.csv"
    fout.write_text(
        f"{KOP}\n0148200000000001,Kerkstraat,1,A,,7721 AB,Dalfsen\n0179200000000001,Dorpsstraat,100000,,,7951AB,Staphorst\n"
    )
    return goed, fout


def test_exit_codes_and_output(bestanden: tuple[Path, Path]) -> None:
    goed, fout = bestanden
    r = samen("--definitie", str(DEFINITIE), "--tabel", "adressen", str(goed))
    assert r.returncode == 0, r.stderr
    assert "Conform." in r.stdout
    r = samen("--definitie", str(DEFINITIE), "--tabel", "adressen", str(fout), "--format", "json")
    assert r.returncode == 1
    uit = json.loads(r.stdout)
    tel = {
        (b["beperking"], tuple(b["velden"])): b["aantal"] for b in uit["bevindingen"] if b["aantal"]
    }
    assert tel == {("maximum", ("huisnummer",)): 1, ("pattern", ("postcode",)): 1}
    assert uit["rijen"] == 2 and uit["conformiteit"] == 50.0


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (["--tabel", "adressen", "niet-er.csv"], "bestaat niet"),
        (["--tabel", "straten", "DATA"], "Tabel 'straten' staat niet in de definitieset"),
        (["--tabel", "woz-objecten", "DATA"], "ontbreekt"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    bestanden: tuple[Path, Path], args: list[str], melding: str
) -> None:
    args = [a.replace("DATA", str(bestanden[0])) for a in args]
    r = samen("--definitie", str(DEFINITIE), *args)
    assert r.returncode == 2
    assert melding in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_definition_exits_2(tmp_path: Path, bestanden: tuple[Path, Path]) -> None:
    kapot = tmp_path / "d.json"
    kapot.write_text("{niet json")
    r = samen("--definitie", str(kapot), str(bestanden[0]))
    assert r.returncode == 2 and "geen geldige JSON" in r.stderr
