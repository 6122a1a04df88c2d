"""``samen report`` and ``samen newsletter``: files in every format, and one-line Dutch errors
with exit code 2 for bad options."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

GOED = {"organisatie": "dalfsen", "peildatum": "2012-09-10", "vanaf": "2012-03-08"}


def fout(commando: str, **opties: str) -> str:
    with pytest.raises(CommandError) as exc:
        call_command(commando, stdout=io.StringIO(), stderr=io.StringIO(), **opties)
    assert exc.value.returncode == 2
    bericht = str(exc.value)
    assert "\n" not in bericht
    return bericht


def test_report_and_newsletter_write_their_formats(dsz_demo, tmp_path):
    for formaat in ("md", "html", "docx"):
        pad = tmp_path / f"notitie.{formaat}"
        uit = io.StringIO()
        call_command("report", stdout=uit, formaat=formaat, output=str(pad), **GOED)
        assert f"{pad} geschreven" in uit.getvalue()
        assert "ontwikkelingen sinds 8 maart 2012" in uit.getvalue()
    assert "Dalfsen volgt met Staphorst en Zwartewaterland" in (tmp_path / "notitie.md").read_text()
    assert (
        '<h1 class="rapport-titel">Raadscommissievoorstel</h1>'
        in (tmp_path / "notitie.html").read_text()
    )
    word = docx.Document(str(tmp_path / "notitie.docx"))
    assert any(
        p.text == "Samenwerkingspartners" and p.style.name == "Heading 2" for p in word.paragraphs
    )
    # The newsletter, in Markdown; it has no PDF.
    pad = tmp_path / "nieuwsbrief.md"
    call_command("newsletter", stdout=io.StringIO(), formaat="md", output=str(pad), **GOED)
    tekst = pad.read_text()
    assert "# Nieuwsbrief bestuurlijke samenwerking" in tekst and "## Waar kun je helpen?" in tekst
    assert (
        "Neem contact op met Ingrid Bos (Zwartewaterland), voorzitter van de DSZ-werkgroep Inkoop"
        in tekst
    )
    assert fout("newsletter", formaat="pdf", output=str(tmp_path / "x.pdf"), **GOED) == (
        "Onbekend formaat 'pdf': kies html of md."
    )


def test_bad_options_give_a_dutch_error_and_exit_code_2(dsz_demo, tmp_path):
    uit = str(tmp_path / "x.md")
    assert fout(
        "report", organisatie="nergens", peildatum="2012-09-10", formaat="md", output=uit
    ).startswith("Onbekende organisatie 'nergens' (bekend: dalfsen, ")
    assert fout(
        "report",
        organisatie="dalfsen",
        peildatum="2012-03-01",
        vanaf="2012-03-08",
        formaat="md",
        output=uit,
    ) == (
        "De peildatum (1 maart 2012) moet na --vanaf (8 maart 2012) liggen: de periode loopt van "
        "na --vanaf tot en met de peildatum."
    )
    assert (
        fout("report", formaat="xls", output=uit, **GOED)
        == "Onbekend formaat 'xls': kies html, pdf, docx of md."
    )
    assert fout("report", formaat="md", output="/bestaat/niet/x.md", **GOED) == (
        "Kan niet schrijven naar '/bestaat/niet/x.md': de map '/bestaat/niet' bestaat niet."
    )
    assert "dat is een map" in fout("report", formaat="md", output=str(tmp_path), **GOED)
    assert "2012-13-40" in fout(
        "report", organisatie="dalfsen", peildatum="2012-13-40", formaat="md", output=uit
    )
    assert fout("report", peildatum="2012-09-10", formaat="md", output=uit).startswith(
        "Geef met --organisatie"
    )
    assert not Path(uit).exists()


def test_the_real_command_exits_with_code_2_and_one_line(tmp_path):
    samen = Path(sys.executable).with_name("samen")
    resultaat = subprocess.run(
        [str(samen), "report", "--organisatie", "dalfsen", "--peildatum", "2012-09-10",
         "--format", "xls", "--output", str(tmp_path / "x")],
        capture_output=True, text=True, env={**os.environ, "SAMEN_VAR_DIR": str(tmp_path)},
    )  # fmt: skip
    assert resultaat.returncode == 2
    assert resultaat.stderr.strip().splitlines() == [
        "CommandError: Onbekend formaat 'xls': kies html, pdf, docx of md."
    ]
