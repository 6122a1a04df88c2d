"""``samen businesscase``: evaluate, JSON and Excel output, Dutch errors with line numbers, exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from samen.businesscase.engine.excel_read import read_workbook
from samen.businesscase.engine.fileformat import parse_text
from samen.businesscase.tests.test_fileformat import GOED


@pytest.fixture
def goed(tmp_path: Path) -> Path:
    path = tmp_path / "case.yaml"
    path.write_text(GOED, encoding="utf-8")
    return path


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("businesscase", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_evaluate_prints_tables(goed):
    out, _ = run("evaluate", str(goed))
    assert "== Scenario s: S (3 jaar vanaf 2020) ==" in out
    assert "Totaal netto" in out
    assert "Tornado" in out


def test_evaluate_json_with_a_seed_is_reproducible(goed):
    first = json.loads(
        run("evaluate", str(goed), "--format", "json", "--simulations", "500", "--seed", "9")[0]
    )
    second = json.loads(
        run("evaluate", str(goed), "--format", "json", "--simulations", "500", "--seed", "9")[0]
    )
    assert first == second
    scenario = first["scenarios"][0]
    assert first["eenheid"] == "eurocent"
    assert scenario["monte_carlo"]["zaad"] == 9
    # The investment of 1,234.56 in 2020 is the only cost that year: -123456 cents in total.
    totaal = next(r for r in scenario["reeksen"] if r["partner"] is None)
    assert totaal["netto"][0] == -123456


def test_export_and_import_xlsx(goed, tmp_path):
    werkmap = tmp_path / "case.xlsx"
    _, err = run(
        "evaluate", str(goed), "--format", "xlsx", "--output", str(werkmap), "--simulations", "100"
    )
    assert "Geschreven" in err
    assert read_workbook(werkmap) == parse_text(GOED)
    yaml_uit = tmp_path / "terug.yaml"
    run("import-xlsx", str(werkmap), "--output", str(yaml_uit))
    assert parse_text(yaml_uit.read_text(encoding="utf-8")) == parse_text(GOED)
    run("export-xlsx", str(yaml_uit), "--output", str(tmp_path / "twee.xlsx"))
    assert read_workbook(tmp_path / "twee.xlsx") == parse_text(GOED)


def test_bad_file_exit_code_2_with_line_and_field(tmp_path):
    path = tmp_path / "fout.yaml"
    path.write_text(
        GOED.replace("{a: 40, b: 60}", "{a: 40, c: 60}").replace("looptijd: 3", "looptijd: 0"),
        encoding="utf-8",
    )
    with pytest.raises(CommandError) as info:
        run("evaluate", str(path))
    assert info.value.returncode == 2
    assert "fout.yaml, regel 3, veld looptijd" in str(info.value)


def test_bad_options_exit_code_2(goed):
    for args, message in (
        (("evaluate", "/bestaat/niet.yaml"), "bestaat niet"),
        (("evaluate", str(goed), "--simulations", "-1"), "--simulations"),
        (("evaluate", str(goed), "--format", "xlsx"), "--output"),
        (("evaluate", str(goed), "--seed", "-3"), "--seed"),
    ):
        with pytest.raises(CommandError, match=message) as info:
            run(*args)
        assert info.value.returncode == 2


def test_the_real_command_line(tmp_path):
    """As a user runs it: messages on stderr, every problem with its line, exit code 2."""
    path = tmp_path / "fout.yaml"
    path.write_text(
        GOED.replace("{gelijk: 30, inwoners: 70}", "{gelijk: 30, inwoners: 60}").replace(
            "{2019: 30000}", "{2019: -1}"
        ),
        encoding="utf-8",
    )
    samen = Path(sys.executable).with_name("samen")
    result = subprocess.run(
        [str(samen), "businesscase", "evaluate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "fout.yaml, regel 12, veld partners[1].inwoners.2019" in result.stderr
    ok = subprocess.run(
        [str(samen), "businesscase", "evaluate", str(tmp_path.parent / "x.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 2 and "bestaat niet" in ok.stderr


def test_progress_bar_on_stderr_for_large_runs(goed):
    _, err = run("evaluate", str(goed), "--simulations", "20000", "--seed", "1")
    assert "Monte Carlo" in err and "20000/20000" in err
    _, err = run("evaluate", str(goed), "--simulations", "100", "--seed", "1")
    assert "Monte Carlo" not in err
