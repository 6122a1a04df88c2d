"""Fuzz every importer with malformed CSV, Excel, JSON, YAML and archives (hypothesis).

Each importer must either accept the input or refuse it with its documented error type, and a
refusal must leave every table of the database exactly as it was (row counts of all tables):

- kwaliteitskaart CSV import (``personeel_import``): :class:`ImportFout`
- business case files, YAML/JSON (``parse_text`` + ``businesscase_create``) and Excel
  (``read_workbook``): :class:`CaseFout` or ``ValidationError``
- gegevensbeheer definitions (``definitieset_importeren``): ``ValidationError``
- ``samen import`` archives (``importeer``): :class:`ArchiefFout`

Bounded: about 60 examples per test, the whole file in well under a minute. The number of cases
run is printed with ``-s`` (``FUZZ_GEVALLEN``).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter

import pytest
import yaml
from django.conf import settings as dj_settings
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from samen.archief.importeren import ArchiefFout, importeer
from samen.archief.tests.hulp import nieuwe_database, tellingen
from samen.businesscase import services as bc_services
from samen.businesscase.engine.excel_read import read_workbook
from samen.businesscase.engine.fileformat import parse_text
from samen.businesscase.engine.meldingen import CaseFout
from samen.kwaliteitskaart.importeren import KOLOMMEN, ImportFout, personeel_import

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ_GEVALLEN: Counter[str] = Counter()
_POSTGRES = "postgresql" in dj_settings.DATABASES["default"]["ENGINE"]


@pytest.fixture(scope="module", autouse=True)
def _telling():
    yield
    print(f"\nfuzz cases run: {dict(FUZZ_GEVALLEN)} = {sum(FUZZ_GEVALLEN.values())}")


def _weigert_schoon(importer, fouttypes, *args, **kwargs) -> bool:
    """Run the importer; a refusal must be of ``fouttypes`` and change no table."""
    voor = tellingen()
    try:
        importer(*args, **kwargs)
    except fouttypes as exc:
        assert str(exc), "an error without a message"
        assert tellingen() == voor, f"{type(exc).__name__} left changes behind"
        return True
    return False


# --- strategies --------------------------------------------------------------------------------

tekst = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
cel = st.one_of(
    tekst,
    st.integers(-10**6, 10**6).map(str),
    st.sampled_from(["", "ja", "nee", "2012-07-09", "31-02-2012", "1e9", "NaN", "expert", "4",
                     "verlof", "ziek", "diagnose", "=cmd()", "\x00", "\ufeff", '"', ";", "\n"]),
)  # fmt: skip


@st.composite
def csv_bestanden(draw):
    soort = draw(st.sampled_from(sorted(KOLOMMEN)))
    verplicht, optioneel = KOLOMMEN[soort]
    kolommen = list(verplicht) + draw(
        st.lists(st.sampled_from([*list(optioneel), "reden", "x"]), max_size=2)
    )
    if draw(st.booleans()):
        kolommen = draw(st.permutations(kolommen))[: draw(st.integers(1, len(kolommen)))]
    scheiding = draw(st.sampled_from([";", ",", "\t"]))
    rijen = draw(st.lists(st.lists(cel, min_size=0, max_size=len(kolommen) + 1), max_size=5))
    regels = [scheiding.join(kolommen)] + [scheiding.join(r) for r in rijen]
    inhoud = "\n".join(regels)
    if draw(st.booleans()):
        inhoud = draw(tekst) + inhoud[draw(st.integers(0, max(len(inhoud) - 1, 0))) :]
    return soort, inhoud


json_waarde = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.floats(allow_nan=False) | tekst,
    lambda kind: st.lists(kind, max_size=4) | st.dictionaries(tekst, kind, max_size=4),
    max_leaves=20,
)


@st.composite
def case_teksten(draw):
    """A valid case file mutated (lines dropped, swapped or damaged), or random JSON/YAML."""
    from samen.businesscase.tests.test_fileformat import GOED

    keuze = draw(st.integers(0, 3))
    if keuze == 0:
        return json.dumps(draw(json_waarde)), "case.json"
    if keuze == 1:
        return yaml.safe_dump(draw(json_waarde)), "case.yaml"
    regels = GOED.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(regels) - 1))
        actie = draw(st.sampled_from(["weg", "kapot", "dubbel", "waarde"]))
        if actie == "weg":
            regels.pop(i)
        elif actie == "kapot":
            regels[i] = regels[i][: draw(st.integers(0, len(regels[i])))] + draw(tekst)
        elif actie == "dubbel":
            regels.insert(i, regels[i])
        elif ":" in regels[i]:
            regels[i] = regels[i].split(":", 1)[0] + ": " + draw(cel).replace("\n", " ")
        if not regels:
            regels = [""]
    return "\n".join(regels), "case.yaml"


# --- the importers -----------------------------------------------------------------------------


@pytest.fixture
def organisatie(db):
    from samen.factories import OrganisatieFactory
    from samen.kwaliteitskaart import services

    domein = services.domein_create(naam="ICT", slug="ict")
    services.specialisme_create(domein=domein, naam="Netwerkbeheer", slug="netwerk")
    return OrganisatieFactory()


@FUZZ
@given(bestand=csv_bestanden())
def test_kwaliteitskaart_csv_import(organisatie, bestand):
    soort, inhoud = bestand
    FUZZ_GEVALLEN["kwaliteitskaart-csv"] += 1
    _weigert_schoon(
        personeel_import, ImportFout, organisatie=organisatie, **{soort: (f"{soort}.csv", inhoud)}
    )


@FUZZ
@given(bytes_=st.binary(max_size=300))
@example(bytes_=b"\x00\r\x00")  # found by this test: a lone carriage return
def test_kwaliteitskaart_csv_import_bytes(organisatie, bytes_):
    """Bytes in any encoding, decoded as the upload view does (with replacement)."""
    FUZZ_GEVALLEN["kwaliteitskaart-csv-bytes"] += 1
    inhoud = bytes_.decode("utf-8", errors="replace")
    _weigert_schoon(
        personeel_import, ImportFout, organisatie=organisatie, medewerkers=("m.csv", inhoud)
    )


@pytest.fixture
def verband(db):
    from samen.factories import SamenwerkingsverbandFactory

    return SamenwerkingsverbandFactory()


def _case_importeren(verband, inhoud: str, naam: str) -> None:
    case = parse_text(inhoud, naam)
    bc_services.businesscase_create(samenwerkingsverband=verband, inhoud=case)


@FUZZ
@given(bestand=case_teksten())
def test_businesscase_yaml_json_import(verband, bestand):
    FUZZ_GEVALLEN["businesscase-yaml-json"] += 1
    inhoud, naam = bestand
    _weigert_schoon(_case_importeren, (CaseFout, ValidationError), verband, inhoud, naam)


@FUZZ
@given(data=st.binary(max_size=400), prefix=st.booleans())
def test_businesscase_excel_import(verband, data, prefix):
    FUZZ_GEVALLEN["businesscase-excel"] += 1
    if prefix:  # looks like a zip (an .xlsx is one) but is not a workbook
        data = b"PK\x03\x04" + data
    _weigert_schoon(read_workbook, CaseFout, data)


def _geldige_werkmap() -> bytes:
    from samen.businesscase.engine.evaluate import evaluate_all
    from samen.businesscase.engine.excel import write_workbook
    from samen.businesscase.tests.test_fileformat import GOED

    case = parse_text(GOED, "case.yaml")
    return write_workbook(case, evaluate_all(case))


@FUZZ
@given(
    positie=st.floats(0, 1),
    lengte=st.integers(1, 64),
    vervanging=st.binary(min_size=1, max_size=64),
)
def test_businesscase_excel_damaged_workbook(verband, positie, lengte, vervanging):
    FUZZ_GEVALLEN["businesscase-excel-beschadigd"] += 1
    data = bytearray(WERKMAP.setdefault("data", _geldige_werkmap()))
    i = int(positie * (len(data) - 1))
    data[i : i + lengte] = vervanging
    _weigert_schoon(read_workbook, CaseFout, bytes(data))


WERKMAP: dict[str, bytes] = {}


@FUZZ
@given(data=json_waarde)
def test_gegevensbeheer_definition_import(db, data):
    from samen.gegevensbeheer.services import definitieset_importeren

    FUZZ_GEVALLEN["gegevensbeheer-definitie"] += 1
    _weigert_schoon(definitieset_importeren, ValidationError, data=data)


@st.composite
def tabel_schemas(draw):
    """Table Schemas that are nearly right: real keys with random values."""
    veld = st.fixed_dictionaries(
        {"name": tekst},
        optional={
            "type": st.sampled_from(["string", "integer", "number", "date", "boolean", "x"]) | tekst,
            "constraints": st.dictionaries(st.sampled_from(["required", "unique", "pattern", "enum", "minimum", "maxLength"]), json_waarde, max_size=3),
        },
    )  # fmt: skip
    schema = {"fields": draw(st.lists(veld, max_size=4))}
    if draw(st.booleans()):
        schema["primaryKey"] = draw(st.lists(tekst, max_size=2) | tekst)
    if draw(st.booleans()):
        return {"name": draw(tekst), "resources": [{"name": draw(tekst), "schema": schema}]}
    return schema


@FUZZ
@given(data=tabel_schemas())
def test_gegevensbeheer_table_schema_import(db, data):
    from samen.gegevensbeheer.services import definitieset_importeren

    FUZZ_GEVALLEN["gegevensbeheer-tabelschema"] += 1
    _weigert_schoon(definitieset_importeren, ValidationError, data=data)


# --- samen import --------------------------------------------------------------------------------


@pytest.fixture
def archief(db, tmp_path_factory, settings):
    from django.core.management import call_command

    from samen.factories import MijlpaalplanningFactory, RolFactory

    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    MijlpaalplanningFactory()
    RolFactory()
    pad = tmp_path_factory.mktemp("archief") / "goed.zip"
    call_command("export", str(pad), verbosity=0)
    nieuwe_database()
    return pad.read_bytes()


@FUZZ
@given(positie=st.floats(0, 1), lengte=st.integers(1, 200), vervanging=st.binary(max_size=50))
def test_samen_import_damaged_archive(archief, tmp_path_factory, positie, lengte, vervanging):
    FUZZ_GEVALLEN["samen-import-beschadigd"] += 1
    data = bytearray(archief)
    i = int(positie * (len(data) - 1))
    data[i : i + lengte] = vervanging
    pad = tmp_path_factory.mktemp("kapot") / "kapot.zip"
    pad.write_bytes(bytes(data))
    if _weigert_schoon(importeer, ArchiefFout, pad) is False:
        nieuwe_database()  # a change in slack bytes that zip ignores: a valid archive went in


@FUZZ
@given(
    leden=st.dictionaries(
        st.sampled_from(["manifest.json", "data/001-auth.group.json", "media/x"]),
        json_waarde,
        max_size=3,
    )
)
def test_samen_import_forged_archive(db, tmp_path_factory, leden):
    FUZZ_GEVALLEN["samen-import-vervalst"] += 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for naam, waarde in leden.items():
            zf.writestr(naam, json.dumps(waarde))
    pad = tmp_path_factory.mktemp("vals") / "vals.zip"
    pad.write_bytes(buffer.getvalue())
    assert _weigert_schoon(importeer, ArchiefFout, pad)
