"""CSV import (row-numbered errors, nothing stored) and the command line (bad options exit 2)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from samen.kwaliteitskaart import services
from samen.kwaliteitskaart.importeren import ImportFout, personeel_import
from samen.kwaliteitskaart.models import (
    Afwezigheid,
    Medewerker,
    Toegangslog,
    Vaardigheid,
    Vervangingsplan,
)

pytestmark = pytest.mark.django_db

MEDEWERKERS = """personeelsnummer;naam;afdeling;functie;uren_per_week;in_dienst_vanaf;fictief
D7;Cor Claassen;ICT;netwerkbeheerder;36;2010-01-01;nee
D8;Dina Dekker;ICT;;24,5;01-03-2011;ja
"""
VAARDIGHEDEN = """personeelsnummer,specialisme,niveau
D7,netwerk,specialist
D8,GIS,2
D1,gis,1
"""
AFWEZIGHEDEN = """personeelsnummer;soort;eerste_dag;laatste_dag
D7;verlof;2012-07-16;2012-07-27
"""


def test_import_creates_employees_skills_and_absences(wereld):
    resultaat = personeel_import(
        organisatie=wereld.org["dalfsen"],
        medewerkers=("medewerkers.csv", MEDEWERKERS),
        vaardigheden=("vaardigheden.csv", VAARDIGHEDEN),
        afwezigheden=("afwezigheden.csv", AFWEZIGHEDEN),
        door="test",
    )
    assert resultaat.aangemaakt == {"medewerkers": 2, "vaardigheden": 3, "afwezigheden": 1}
    dina = Medewerker.objects.get(personeelsnummer="D8")
    assert dina.uren_per_week == 24.5 and dina.begindatum == dt.date(2011, 3, 1) and dina.fictief
    cor = Medewerker.objects.get(personeelsnummer="D7")
    assert cor.vaardigheden.get().niveau == 3
    assert Afwezigheid.objects.get(medewerker=cor).laatste_dag == dt.date(2012, 7, 27)
    # Importing the same files again changes nothing and skips the absence.
    again = personeel_import(
        organisatie=wereld.org["dalfsen"],
        medewerkers=("medewerkers.csv", MEDEWERKERS),
        afwezigheden=("afwezigheden.csv", AFWEZIGHEDEN),
    )
    assert again.gewijzigd == {"medewerkers": 2} and again.overgeslagen == {"afwezigheden": 1}
    assert Afwezigheid.objects.filter(medewerker=cor).count() == 1


def test_errors_come_with_row_numbers_and_nothing_is_stored(wereld):
    voor = (
        Medewerker.objects.count(),
        Vaardigheid.objects.count(),
        Afwezigheid.objects.count(),
        Toegangslog.objects.count(),
    )
    medewerkers = MEDEWERKERS + "D9;Eva Eefting;ICT;;veertig;2010-01-01;nee\n"
    vaardigheden = VAARDIGHEDEN + "D7,astrologie,2\nD8,gis,7\nX1,gis,2\n"
    afwezigheden = (
        AFWEZIGHEDEN
        + "D7;ziek;2012-07-20;2012-07-23\nD8;vakantie;2012-08-01;2012-08-02\nD8;ziek;2012-13-01;2012-08-02\n"
    )
    with pytest.raises(ImportFout) as exc:
        personeel_import(
            organisatie=wereld.org["dalfsen"],
            medewerkers=("medewerkers.csv", medewerkers),
            vaardigheden=("vaardigheden.csv", vaardigheden),
            afwezigheden=("afwezigheden.csv", afwezigheden),
        )
    fouten = exc.value.fouten
    assert fouten[0] == "medewerkers.csv regel 4: uren_per_week 'veertig' is geen getal."
    assert "vaardigheden.csv regel 5: onbekend specialisme 'astrologie'." in fouten
    assert any(f.startswith("vaardigheden.csv regel 6: niveau '7'") for f in fouten)
    assert any(f.startswith("vaardigheden.csv regel 7:") and "'X1'" in f for f in fouten)
    assert any(f.startswith("afwezigheden.csv regel 3:") and "al afwezig" in f for f in fouten)
    assert any(f.startswith("afwezigheden.csv regel 4: soort 'vakantie'") for f in fouten)
    assert any(
        f.startswith("afwezigheden.csv regel 5:") and "geen geldige datum" in f for f in fouten
    )
    assert len(fouten) == 7
    na = (
        Medewerker.objects.count(),
        Vaardigheid.objects.count(),
        Afwezigheid.objects.count(),
        Toegangslog.objects.count(),
    )
    assert na == voor


def test_a_column_with_a_reason_for_absence_is_refused(wereld):
    tekst = "personeelsnummer;soort;eerste_dag;laatste_dag;diagnose\nD1;ziek;2012-08-01;2012-08-02;griep\n"
    with pytest.raises(ImportFout) as exc:
        personeel_import(organisatie=wereld.org["dalfsen"], afwezigheden=("a.csv", tekst))
    [fout] = exc.value.fouten
    assert fout.startswith("a.csv regel 1: onbekende kolom 'diagnose'")
    assert "nooit een reden of medische gegevens" in fout
    assert not Afwezigheid.objects.filter(eerste_dag=dt.date(2012, 8, 1)).exists()


def test_import_command_reports_errors_and_stores_nothing(wereld, tmp_path: Path, capsys):
    bestand = tmp_path / "medewerkers.csv"
    bestand.write_text(MEDEWERKERS + "D9;;ICT;;36;2010-01-01;nee\n", encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command(
            "kwaliteitskaart", "import", "--organisatie", "dalfsen", "--medewerkers", str(bestand)
        )
    assert exc.value.returncode == 1
    assert "medewerkers.csv regel 4: naam is leeg." in capsys.readouterr().err
    assert not Medewerker.objects.filter(personeelsnummer__in=["D7", "D8"]).exists()
    bestand.write_text(MEDEWERKERS, encoding="utf-8")
    call_command(
        "kwaliteitskaart", "import", "--organisatie", "dalfsen", "--medewerkers", str(bestand)
    )
    assert "medewerkers: 2 nieuw" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        ([], "Geef een opdracht"),
        (["export"], "Onbekende opdracht 'export'"),
        (["import"], "--organisatie"),
        (["import", "--organisatie", "nergens", "--medewerkers", "x.csv"], "Onbekende organisatie"),
        (["import", "--organisatie", "dalfsen"], "minstens één bestand"),
        (
            ["import", "--organisatie", "dalfsen", "--afwezigheden", "/geen/bestand.csv"],
            "bestaat niet",
        ),
    ],
)
def test_import_command_bad_options_exit_2(wereld, args, melding):
    with pytest.raises(CommandError) as exc:
        call_command("kwaliteitskaart", *args)
    assert exc.value.returncode == 2
    assert melding in str(exc.value)


PLAN = ["plan", "--samenwerkingsverband", "dsz", "--van", "2012-07-09", "--tot", "2012-07-13"]


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        ([], "Geef een opdracht"),
        (["maak"], "Onbekende opdracht 'maak'"),
        (["plan", "--van", "2012-07-09", "--tot", "2012-07-13"], "--samenwerkingsverband"),
        (
            ["plan", "--samenwerkingsverband", "xyz", "--van", "2012-07-09", "--tot", "2012-07-13"],
            "Onbekend samenwerkingsverband 'xyz' (bekend: dsz)",
        ),
        (["plan", "--samenwerkingsverband", "dsz", "--tot", "2012-07-13"], "--van"),
        ([*PLAN[:4], "9 juli", "--tot", "2012-07-13"], "--van '9 juli' is geen geldige datum"),
        ([*PLAN[:4], "2012-07-13", "--tot", "2012-07-09"], "--tot ligt vóór --van"),
        ([*PLAN, "--format", "pdf"], "Onbekend formaat 'pdf'"),
        ([*PLAN, "--format", "xlsx"], "--output"),
        ([*PLAN, "--output", "/geen/map/plan.csv"], "bestaat niet"),
        ([*PLAN, "--taakuren", "tien"], "geen getal"),
        ([*PLAN, "--taakuren", "9"], "hoogstens 8"),
        (
            ["plan", "--samenwerkingsverband", "dsz", "--van", "2012-01-01", "--tot", "2016-01-01"],
            "te lang",
        ),
    ],
)
def test_substitution_bad_options_exit_2(wereld, args, melding):
    with pytest.raises(CommandError) as exc:
        call_command("substitution", *args)
    assert exc.value.returncode == 2
    assert melding in str(exc.value)


def test_substitution_plan_as_table_csv_json_and_excel(wereld, tmp_path: Path, capsys):
    # Anna (Dalfsen) is ill on 9-11 July: Bert (Staphorst) stands in on those three days for
    # Dalfsen's network task, and does Staphorst's own GIS task every day.
    call_command("substitution", *PLAN)
    tabel = capsys.readouterr().out
    assert "Netwerk bewaken" in tabel and "Bert Brink (Staphorst)" in tabel
    assert "5 werkdagen, 10 taakdagen, 10 gedekt (3 door een partnergemeente)" in tabel

    call_command("substitution", *PLAN, "--format", "csv", "--output", str(tmp_path / "p.csv"))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text("utf-8")), delimiter=";"))
    netwerk = {r["datum"]: r["vervanger"] for r in rows if r["taak"] == "Netwerk bewaken"}
    assert netwerk == {
        "2012-07-09": "Bert Brink", "2012-07-10": "Bert Brink", "2012-07-11": "Bert Brink",
        "2012-07-12": "Anna Aalders", "2012-07-13": "Anna Aalders",
    }  # fmt: skip

    call_command("substitution", *PLAN, "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert data["samenvatting"]["gedekt"] == 10 and len(data["taakdagen"]) == 10

    call_command(
        "substitution", *PLAN, "--format", "xlsx", "--output", str(tmp_path / "p.xlsx"), "--opslaan"
    )
    assert load_workbook(tmp_path / "p.xlsx")["Per dag"].max_row == 11
    plan = Vervangingsplan.objects.get()
    assert (plan.aantal_taakdagen, plan.aantal_gedekt) == (10, 10)
    log = Toegangslog.objects.filter(objecttype="vervangingsplan", gebruikersnaam="opdrachtregel")
    assert {r.actie for r in log} == {"exporteren"}
    assert {r.organisatie_id for r in log} >= {wereld.org["dalfsen"].pk, wereld.org["staphorst"].pk}


def test_service_refuses_a_plan_too_large_for_a_page_in_dutch(wereld):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        services.vervangingsplan_create(
            samenwerkingsverband=wereld.verband,
            van=dt.date(2012, 7, 9),
            tot=dt.date(2012, 7, 13),
            max_omvang=1,
        )
    assert "samen substitution plan --samenwerkingsverband dsz" in " ".join(exc.value.messages)
    assert not Vervangingsplan.objects.exists()
