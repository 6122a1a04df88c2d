"""Write an installation to an archive (see the package docstring)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

import samen

FORMAAT = "samen-archief"
FORMAATVERSIE = 1
#: Models of other apps that belong to the state of an installation.
EXTRA_MODELLEN = ["auth.group", "auth.user"]

Voortgang = Callable[[str, int], None]


class VolledigeEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; an archive keeps the microseconds."""

    def default(self, o: Any) -> Any:
        if isinstance(o, dt.datetime):
            tekst = o.isoformat()
            return tekst[:-6] + "Z" if tekst.endswith("+00:00") else tekst
        if isinstance(o, dt.time):
            return o.isoformat()
        return super().default(o)


def modellen() -> list[type[models.Model]]:
    """Every model whose records make up an installation, in dependency order."""
    per_app: dict[Any, list[type[models.Model]]] = {}
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        if meta.app_config.name.startswith("samen.") or meta.label_lower in EXTRA_MODELLEN:
            per_app.setdefault(meta.app_config, []).append(model)
    gekozen = [m for lijst in per_app.values() for m in lijst]
    return _topologisch(sorted(gekozen, key=lambda m: m._meta.label_lower))


def _topologisch(gekozen: list[type[models.Model]]) -> list[type[models.Model]]:
    """Referenced models before the models that refer to them (foreign keys and links)."""
    binnen = set(gekozen)
    nodig = {
        m: {
            f.related_model
            for f in m._meta.get_fields()
            if (f.many_to_one or f.one_to_one or f.many_to_many)
            and f.concrete
            and f.related_model in binnen
            and f.related_model is not m
        }
        for m in gekozen
    }
    volgorde: list[type[models.Model]] = []
    klaar: set[type[models.Model]] = set()
    while len(volgorde) < len(gekozen):
        vrij = [m for m in gekozen if m not in klaar and nodig[m] <= klaar]
        if not vrij:  # a cycle: take the first remaining (deferred constraints resolve it)
            vrij = [next(m for m in gekozen if m not in klaar)]
        for m in vrij:
            volgorde.append(m)
            klaar.add(m)
    return volgorde


def _media_bestanden() -> list[tuple[str, Path]]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return [
        (f"media/{p.relative_to(root).as_posix()}", p)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    ]


def exporteer(pad: Path, *, voortgang: Voortgang | None = None) -> dict[str, Any]:
    """Write the archive to ``pad`` (atomically: a temporary file renamed at the end)."""
    from samen.logboek.models import Regel
    from samen.logboek.services import verwerking_vastleggen

    verwerking_vastleggen(
        actie=Regel.Actie.EXPORTEREN,
        objecttype="installatie",
        object_omschrijving=f"samen export {pad.name}",
        omschrijving="Volledige export van de installatie (alle organisaties, met persoonsgegevens).",
    )
    tijdelijk = pad.with_name(pad.name + ".tmp")
    try:
        manifest = _schrijf(tijdelijk, voortgang)
    except BaseException:
        tijdelijk.unlink(missing_ok=True)
        raise
    tijdelijk.replace(pad)
    return manifest


def _schrijf(tijdelijk: Path, voortgang: Voortgang | None) -> dict[str, Any]:
    inhoud: list[dict[str, Any]] = []
    bestanden: dict[str, dict[str, Any]] = {}
    with zipfile.ZipFile(tijdelijk, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for nummer, model in enumerate(modellen(), start=1):
            label = model._meta.label_lower
            qs = model._base_manager.order_by("pk")
            objecten = list(qs)
            data = serializers.serialize(
                "json", objecten, use_natural_foreign_keys=True, cls=VolledigeEncoder
            ).encode()
            naam = f"data/{nummer:03d}-{label}.json"
            zf.writestr(naam, data)
            bestanden[naam] = {"sha256": hashlib.sha256(data).hexdigest(), "grootte": len(data)}
            inhoud.append({"model": label, "bestand": naam, "aantal": len(objecten)})
            if voortgang:
                voortgang(label, len(objecten))
        media = []
        for naam, bron in _media_bestanden():
            data = bron.read_bytes()
            zf.writestr(naam, data)
            bestanden[naam] = {"sha256": hashlib.sha256(data).hexdigest(), "grootte": len(data)}
            media.append(naam)
            if voortgang:
                voortgang(naam, 1)
        manifest = {
            "formaat": FORMAAT,
            "formaatversie": FORMAATVERSIE,
            "samen_versie": samen.__version__,
            "aangemaakt": dt.datetime.now(dt.UTC).isoformat(),
            "modellen": inhoud,
            "media": media,
            "bestanden": bestanden,
        }
        zf.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest
