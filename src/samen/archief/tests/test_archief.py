"""``samen export`` / ``samen import``: the round trip loses nothing; a damaged archive changes
nothing; a non-empty database is refused. Runs on SQLite and on PostgreSQL (DATABASE_URL)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from samen.archief.export import modellen
from samen.archief.importeren import ArchiefFout, importeer
from samen.archief.tests.hulp import nieuwe_database, tellingen
from samen.logboek.models import Regel


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "notities").mkdir(parents=True)
    (tmp_path / "media" / "notities" / "bijlage.pdf").write_bytes(b"%PDF-1.4 bijlage\x00\xff")


def _leden(pad: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pad) as zf:
        return {naam: zf.read(naam) for naam in zf.namelist()}


def _records(leden: dict[str, bytes]) -> dict[str, list[dict]]:
    manifest = json.loads(leden["manifest.json"])
    return {m["model"]: json.loads(leden[m["bestand"]]) for m in manifest["modellen"]}


def test_round_trip_loses_nothing(dsz_demo, tmp_path, settings):
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    user = get_user_model().objects.get(username="dalfsen-beheerder")
    hash_voor = user.password
    voor = tellingen()
    call_command("export", str(a), verbosity=0)
    leden_a = _leden(a)
    manifest = json.loads(leden_a["manifest.json"])
    # the manifest is right about every member
    for naam, info in manifest["bestanden"].items():
        assert hashlib.sha256(leden_a[naam]).hexdigest() == info["sha256"]
    assert manifest["formaatversie"] == 1 and manifest["samen_versie"]
    assert manifest["media"] == ["media/notities/bijlage.pdf"]
    telling_a = {m["model"]: m["aantal"] for m in manifest["modellen"]}
    for model in modellen():
        eigen_regel = 1 if model is Regel else 0  # the export logs itself first
        assert telling_a[model._meta.label_lower] == voor[model._meta.db_table] + eigen_regel

    nieuwe_database()
    (Path(settings.MEDIA_ROOT) / "notities" / "bijlage.pdf").unlink()
    assert not get_user_model().objects.exists()
    call_command("import", str(a), verbosity=0)
    call_command("export", str(b), verbosity=0)

    records_a, records_b = _records(leden_a), _records(_leden(b))
    assert set(records_a) == set(records_b)
    for label in records_a:
        if label == "logboek.regel":
            continue
        assert records_b[label] == records_a[label], label  # every field of every record
    # the log holds all its lines, plus exactly the import and the second export
    log_a = {r["pk"]: r for r in records_a["logboek.regel"]}
    log_b = {r["pk"]: r for r in records_b["logboek.regel"]}
    verschil = [(r, log_b.get(pk)) for pk, r in log_a.items() if log_b.get(pk) != r]
    assert not verschil, verschil[:1]
    extra = [log_b[pk]["fields"]["actie"] for pk in sorted(set(log_b) - set(log_a))]
    assert extra == ["importeren", "exporteren"]
    # a sample: a password hash still logs in, a stored binary is byte-equal, the media file is back
    assert get_user_model().objects.get(username="dalfsen-beheerder").password == hash_voor
    assert (
        Path(settings.MEDIA_ROOT) / "notities" / "bijlage.pdf"
    ).read_bytes() == b"%PDF-1.4 bijlage\x00\xff"
    assert all(
        n > 0
        for label, n in telling_a.items()
        if label in {"organisaties.organisatie", "kwaliteitskaart.medewerker", "bestuur.besluit"}
    )
    # new records after the import get fresh ids (sequences were reset)
    from samen.factories import OrganisatieFactory

    assert OrganisatieFactory().pk > max(r["pk"] for r in records_a["organisaties.organisatie"])


def test_import_into_a_database_that_is_not_empty_is_refused(db, tmp_path):
    from samen.factories import OrganisatieFactory

    OrganisatieFactory()
    pad = tmp_path / "a.zip"
    call_command("export", str(pad), verbosity=0)
    voor = tellingen()
    with pytest.raises(CommandError, match="database is niet leeg"):
        call_command("import", str(pad), verbosity=0)
    assert tellingen() == voor


def _herschrijf(bron: Path, doel: Path, wijzig) -> None:
    leden = _leden(bron)
    wijzig(leden)
    with zipfile.ZipFile(doel, "w") as zf:
        for naam, data in leden.items():
            zf.writestr(naam, data)


def _manifest(leden, functie):
    manifest = json.loads(leden["manifest.json"])
    functie(manifest)
    leden["manifest.json"] = json.dumps(manifest).encode()


def _eerste_data(leden):
    return next(n for n in sorted(leden) if n.startswith("data/") and json.loads(leden[n]))


def _slechte_json(leden):
    naam = _eerste_data(leden)
    leden[naam] = leden[naam][:-5]
    _manifest(
        leden, lambda m: m["bestanden"][naam].update(sha256=hashlib.sha256(leden[naam]).hexdigest())
    )


def _slecht_record(leden):
    naam = _eerste_data(leden)
    records = json.loads(leden[naam])
    records[0]["fields"] = {"bestaat_niet": 1, **records[0]["fields"]}
    records[-1]["pk"] = "geen-getal"
    leden[naam] = json.dumps(records).encode()
    _manifest(
        leden, lambda m: m["bestanden"][naam].update(sha256=hashlib.sha256(leden[naam]).hexdigest())
    )


BESCHADIGINGEN = {
    "gewijzigde bytes": (
        lambda z: z.update({_eerste_data(z): _eerste_data(z).encode() + b" "}),
        "controlesom",
    ),
    "ontbrekend lid": (lambda z: z.pop(_eerste_data(z)), "mist"),
    "extra lid": (lambda z: z.update({"data/999-extra.json": b"[]"}), "niet in het manifest"),
    "geen manifest": (lambda z: z.pop("manifest.json"), "manifest.json"),
    "manifest geen JSON": (lambda z: z.update({"manifest.json": b"{niet"}), "manifest.json"),
    "andere versie": (lambda z: _manifest(z, lambda m: m.update(formaatversie=99)), "versie"),
    "ander formaat": (lambda z: _manifest(z, lambda m: m.update(formaat="iets")), "formaat"),
    "slechte JSON met kloppende hash": (_slechte_json, "geen geldige JSON"),
    "record dat niet past": (_slecht_record, "kan niet worden ingelezen"),
    "verkeerd aantal": (
        lambda z: _manifest(z, lambda m: m["modellen"][0].update(aantal=12345)),
        "records uit het manifest",
    ),
    "onbekend model": (
        lambda z: _manifest(z, lambda m: m["modellen"][0].update(model="x.y")),
        "Onbekend model",
    ),
    "mediapad buiten de map": (
        lambda z: _manifest(z, lambda m: m["media"].append("data/../../etc")),
        "mediabestand",
    ),
}


@pytest.fixture
def archief(db, tmp_path):
    """An archive of a small installation, and the database emptied as a fresh install."""
    from samen.factories import MijlpaalplanningFactory, RolFactory

    MijlpaalplanningFactory()
    RolFactory(soort="beheerder")
    pad = tmp_path / "goed.zip"
    call_command("export", str(pad), verbosity=0)
    nieuwe_database()
    (tmp_path / "media" / "notities" / "bijlage.pdf").unlink()
    return pad


@pytest.mark.parametrize("soort", sorted(BESCHADIGINGEN))
def test_a_damaged_archive_changes_nothing(archief, tmp_path, settings, soort):
    wijzig, melding = BESCHADIGINGEN[soort]
    kapot = tmp_path / "kapot.zip"
    _herschrijf(archief, kapot, wijzig)
    voor = tellingen()
    with pytest.raises(ArchiefFout, match=melding):
        importeer(kapot)
    assert tellingen() == voor
    assert not any(Path(settings.MEDIA_ROOT).rglob("*.pdf"))
    importeer(archief)  # the undamaged archive goes in: the refusal was the damage's doing
    assert Regel.objects.filter(actie="importeren").count() == 1


@pytest.mark.parametrize("afkappen", [10, 0.5, -22])
def test_a_truncated_zip_changes_nothing(archief, tmp_path, afkappen):
    data = archief.read_bytes()
    tot = int(len(data) * afkappen) if isinstance(afkappen, float) else afkappen
    kapot = tmp_path / "afgekapt.zip"
    kapot.write_bytes(data[:tot])
    voor = tellingen()
    with pytest.raises(CommandError, match="niets gewijzigd"):
        call_command("import", str(kapot), verbosity=0)
    assert tellingen() == voor


def test_a_missing_file_and_an_existing_target_give_clear_errors(db, tmp_path):
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("import", str(tmp_path / "nergens.zip"), verbosity=0)
    bestaand = tmp_path / "er.zip"
    bestaand.write_bytes(b"")
    with pytest.raises(CommandError, match="bestaat al") as e:
        call_command("export", str(bestaand), verbosity=0)
    assert e.value.returncode == 2
    assert io  # keep the import used by helpers above
