"""Reading settings from the environment (and from ``NAME_FILE``) with a Dutch ConfigError."""

from __future__ import annotations

import pytest

from samen.conf import ConfigError, env_bool, env_int, env_list, env_str

NAAM = "SAMEN_TEST_INSTELLING"


@pytest.fixture(autouse=True)
def schone_omgeving(monkeypatch):
    monkeypatch.delenv(NAAM, raising=False)
    monkeypatch.delenv(f"{NAAM}_FILE", raising=False)


# --- env_bool -----------------------------------------------------------------------------------


@pytest.mark.parametrize("waarde", ["1", "true", "TRUE", "yes", "on", "ja", " Ja "])
def test_env_bool_true(monkeypatch, waarde):
    monkeypatch.setenv(NAAM, waarde)
    assert env_bool(NAAM, default=False) is True


@pytest.mark.parametrize("waarde", ["0", "false", "False", "no", "off", "nee", "NEE"])
def test_env_bool_false(monkeypatch, waarde):
    monkeypatch.setenv(NAAM, waarde)
    assert env_bool(NAAM, default=True) is False


@pytest.mark.parametrize("default", [True, False])
def test_env_bool_default_when_unset_or_empty(monkeypatch, default):
    assert env_bool(NAAM, default=default) is default
    monkeypatch.setenv(NAAM, "")
    assert env_bool(NAAM, default=default) is default


@pytest.mark.parametrize("waarde", ["misschien", "2", "waar", "y"])
def test_env_bool_bad_value(monkeypatch, waarde):
    monkeypatch.setenv(NAAM, waarde)
    with pytest.raises(ConfigError) as exc:
        env_bool(NAAM, default=False)
    bericht = str(exc.value)
    assert NAAM in bericht
    assert repr(waarde) in bericht
    assert "geen geldige ja/nee-waarde" in bericht


# --- env_int ------------------------------------------------------------------------------------


def test_env_int_parses(monkeypatch):
    monkeypatch.setenv(NAAM, "3600")
    assert env_int(NAAM, default=60) == 3600
    monkeypatch.setenv(NAAM, "-5")
    assert env_int(NAAM, default=60) == -5


def test_env_int_default_when_unset_or_empty(monkeypatch):
    assert env_int(NAAM, default=60) == 60
    monkeypatch.setenv(NAAM, "")
    assert env_int(NAAM, default=61) == 61


@pytest.mark.parametrize("waarde", ["1.5", "zestig", "60s", "0x10"])
def test_env_int_bad_value(monkeypatch, waarde):
    monkeypatch.setenv(NAAM, waarde)
    with pytest.raises(ConfigError) as exc:
        env_int(NAAM, default=60)
    assert NAAM in str(exc.value)
    assert repr(waarde) in str(exc.value)
    assert "geen geheel getal" in str(exc.value)


# --- env_list -----------------------------------------------------------------------------------


def test_env_list_splits_on_commas_and_strips(monkeypatch):
    monkeypatch.setenv(NAAM, " samen.example.nl, localhost ,,127.0.0.1, ")
    assert env_list(NAAM, default=["x"]) == ["samen.example.nl", "localhost", "127.0.0.1"]


def test_env_list_single_value(monkeypatch):
    monkeypatch.setenv(NAAM, "localhost")
    assert env_list(NAAM, default=[]) == ["localhost"]


def test_env_list_default_is_a_copy(monkeypatch):
    default = ["a", "b"]
    resultaat = env_list(NAAM, default=default)
    assert resultaat == ["a", "b"]
    resultaat.append("c")
    assert default == ["a", "b"]
    monkeypatch.setenv(NAAM, "")
    assert env_list(NAAM, default=default) == ["a", "b"]


# --- env_str ------------------------------------------------------------------------------------


def test_env_str_required_without_default():
    with pytest.raises(ConfigError) as exc:
        env_str(NAAM)
    assert f"De omgevingsvariabele {NAAM} is verplicht" in str(exc.value)


def test_env_str_value_and_default(monkeypatch):
    assert env_str(NAAM, "standaard") == "standaard"
    monkeypatch.setenv(NAAM, "waarde")
    assert env_str(NAAM, "standaard") == "waarde"


# --- NAME_FILE ----------------------------------------------------------------------------------


def test_file_value_is_read_and_stripped(monkeypatch, tmp_path):
    geheim = tmp_path / "geheim"
    geheim.write_text("  uit-het-bestand\n", encoding="utf-8")
    monkeypatch.setenv(f"{NAAM}_FILE", str(geheim))
    assert env_str(NAAM) == "uit-het-bestand"


def test_file_wins_over_the_variable_itself(monkeypatch, tmp_path):
    geheim = tmp_path / "geheim"
    geheim.write_text("uit-het-bestand", encoding="utf-8")
    monkeypatch.setenv(NAAM, "uit-de-omgeving")
    monkeypatch.setenv(f"{NAAM}_FILE", str(geheim))
    assert env_str(NAAM) == "uit-het-bestand"


def test_file_feeds_the_typed_readers(monkeypatch, tmp_path):
    bestand = tmp_path / "waarde"
    monkeypatch.setenv(f"{NAAM}_FILE", str(bestand))
    bestand.write_text("nee\n", encoding="utf-8")
    assert env_bool(NAAM, default=True) is False
    bestand.write_text("42\n", encoding="utf-8")
    assert env_int(NAAM, default=0) == 42
    bestand.write_text("a,b\n", encoding="utf-8")
    assert env_list(NAAM, default=[]) == ["a", "b"]
    bestand.write_text("42x", encoding="utf-8")
    with pytest.raises(ConfigError, match="geen geheel getal"):
        env_int(NAAM, default=0)


def test_empty_file_falls_back_to_the_default(monkeypatch, tmp_path):
    bestand = tmp_path / "leeg"
    bestand.write_text("\n", encoding="utf-8")
    monkeypatch.setenv(f"{NAAM}_FILE", str(bestand))
    assert env_int(NAAM, default=7) == 7


def test_unreadable_file_is_a_config_error(monkeypatch, tmp_path):
    ontbreekt = tmp_path / "bestaat-niet"
    monkeypatch.setenv(f"{NAAM}_FILE", str(ontbreekt))
    with pytest.raises(ConfigError) as exc:
        env_str(NAAM, "standaard")
    assert f"{NAAM}_FILE={ontbreekt}" in str(exc.value)
    assert "kan niet worden gelezen" in str(exc.value)
