"""Restore an archive into an empty database: verify everything first, then one transaction.

Checked before anything is written: a readable zip, a manifest of the known format and version,
every listed member present with its size and sha256, no unlisted members, valid JSON with the
listed record count, known models, and an empty database. Any failure raises
:class:`ArchiefFout` with a Dutch message and leaves the database and the media folder unchanged.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from samen.archief.export import FORMAAT, FORMAATVERSIE, modellen

Voortgang = Callable[[str, int], None]


class ArchiefFout(Exception):
    """The archive cannot be imported (damaged, of another format, or the database is not empty)."""


def _lees_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read("manifest.json"))
    except KeyError:
        raise ArchiefFout("Het archief mist manifest.json; het is geen Samen-archief.") from None
    except (ValueError, zipfile.BadZipFile, OSError) as e:
        raise ArchiefFout(f"manifest.json is onleesbaar: {e}") from None
    if not isinstance(manifest, dict) or manifest.get("formaat") != FORMAAT:
        raise ArchiefFout("manifest.json beschrijft geen Samen-archief (onbekend formaat).")
    if manifest.get("formaatversie") != FORMAATVERSIE:
        raise ArchiefFout(
            f"Archiefversie {manifest.get('formaatversie')!r} wordt niet ondersteund; "
            f"deze versie van Samen leest versie {FORMAATVERSIE}."
        )
    for sleutel, soort in (("modellen", list), ("bestanden", dict), ("media", list)):
        if not isinstance(manifest.get(sleutel), soort):
            raise ArchiefFout(f"manifest.json is onvolledig: '{sleutel}' ontbreekt of is ongeldig.")
    return manifest


def controleer(pad: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and every member's bytes, after checking them all (see the module docstring)."""
    try:
        zf = zipfile.ZipFile(pad)
    except FileNotFoundError:
        raise ArchiefFout(f"Bestand {pad} bestaat niet.") from None
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ArchiefFout(f"{pad.name} is geen leesbaar zip-archief ({e}).") from None
    with zf:
        manifest = _lees_manifest(zf)
        gelijst = manifest["bestanden"]
        aanwezig = set(zf.namelist()) - {"manifest.json"}
        if extra := sorted(aanwezig - set(gelijst)):
            raise ArchiefFout(
                f"Het archief bevat bestanden die niet in het manifest staan: {extra[0]}."
            )
        inhoud: dict[str, bytes] = {}
        for naam, info in gelijst.items():
            if naam not in aanwezig:
                raise ArchiefFout(f"Het archief mist {naam}, dat wel in het manifest staat.")
            try:
                data = zf.read(naam)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
                raise ArchiefFout(f"{naam} is beschadigd ({e}).") from None
            if not isinstance(info, dict) or hashlib.sha256(data).hexdigest() != info.get("sha256"):
                raise ArchiefFout(
                    f"De controlesom (sha256) van {naam} klopt niet: het bestand is beschadigd of gewijzigd."
                )
            inhoud[naam] = data
    bekend = {m._meta.label_lower for m in modellen()}
    for deel in manifest["modellen"]:
        if not isinstance(deel, dict) or deel.get("bestand") not in inhoud:
            raise ArchiefFout("manifest.json noemt een model zonder bijbehorend bestand.")
        if deel.get("model") not in bekend:
            raise ArchiefFout(f"Onbekend model in het archief: {deel.get('model')!r}.")
        try:
            records = json.loads(inhoud[deel["bestand"]])
        except ValueError as e:
            raise ArchiefFout(f"{deel['bestand']} is geen geldige JSON ({e}).") from None
        if not isinstance(records, list) or len(records) != deel.get("aantal"):
            raise ArchiefFout(
                f"{deel['bestand']} bevat niet de {deel.get('aantal')} records uit het manifest."
            )
        if any(not isinstance(r, dict) or r.get("model") != deel["model"] for r in records):
            raise ArchiefFout(
                f"{deel['bestand']} bevat records van een ander model dan {deel['model']}."
            )
    for naam in manifest["media"]:
        if naam not in inhoud or not str(naam).startswith("media/") or ".." in Path(naam).parts:
            raise ArchiefFout(f"Ongeldig mediabestand in het manifest: {naam!r}.")
    return manifest, inhoud


def niet_leeg() -> list[str]:
    """The models that hold records already (an import needs an empty database)."""
    return [m._meta.label_lower for m in modellen() if m._base_manager.exists()]


def importeer(
    pad: Path, *, using: str = DEFAULT_DB_ALIAS, voortgang: Voortgang | None = None
) -> dict[str, Any]:
    """Restore the archive at ``pad``; raise :class:`ArchiefFout` and change nothing on failure."""
    from samen.logboek.context import als_een_handeling
    from samen.logboek.models import Regel
    from samen.logboek.services import verwerking_vastleggen

    manifest, inhoud = controleer(pad)
    if gevuld := niet_leeg():
        raise ArchiefFout(
            "De database is niet leeg (onder meer " + ", ".join(gevuld[:3]) + "); importeer "
            "alleen in een nieuwe, lege database (samen migrate op een lege database)."
        )
    media_root = Path(settings.MEDIA_ROOT)
    geschreven: list[Path] = []
    try:
        with transaction.atomic(using=using), als_een_handeling():
            gebruikte = []
            for deel in manifest["modellen"]:
                model = apps.get_model(deel["model"])
                gebruikte.append(model)
                uitgesteld = []
                try:
                    for obj in serializers.deserialize(
                        "json", inhoud[deel["bestand"]].decode(), using=using,
                        handle_forward_references=True,
                    ):  # fmt: skip
                        obj.save(using=using)
                        if obj.deferred_fields:
                            uitgesteld.append(obj)
                    for obj in uitgesteld:
                        obj.save_deferred_fields(using=using)
                except Exception as e:
                    raise ArchiefFout(f"{deel['bestand']} kan niet worden ingelezen: {e}") from None
                if voortgang:
                    voortgang(deel["model"], deel["aantal"])
            with connections[using].cursor() as cursor:
                for sql in connections[using].ops.sequence_reset_sql(no_style(), gebruikte):
                    cursor.execute(sql)
            for naam in manifest["media"]:
                doel = media_root / Path(naam).relative_to("media")
                if doel.exists():
                    raise ArchiefFout(
                        f"Mediabestand {doel} bestaat al; de mediamap moet leeg zijn."
                    )
                doel.parent.mkdir(parents=True, exist_ok=True)
                doel.write_bytes(inhoud[naam])
                geschreven.append(doel)
                if voortgang:
                    voortgang(naam, 1)
            verwerking_vastleggen(
                actie=Regel.Actie.IMPORTEREN,
                objecttype="installatie",
                object_omschrijving=f"samen import {pad.name}",
                omschrijving=f"Archief van {manifest.get('aangemaakt', '?')} "
                f"(Samen {manifest.get('samen_versie', '?')}).",
            )
    except BaseException:
        for bestand in geschreven:
            bestand.unlink(missing_ok=True)
        raise
    return manifest
