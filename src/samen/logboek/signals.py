"""Log every create, change and delete of the records of the samen apps, auth users and groups.

``pre_save`` reads the stored values before a change, ``post_save`` / ``post_delete`` /
``m2m_changed`` append a line with the fields that changed (old and new values). Secrets
(passwords, hashes, tokens) are never written: only the fact that they changed. Fixture loading
(``raw``) is not logged: ``samen import`` logs itself as one line.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import uuid
from typing import Any

from django.apps import apps as global_apps
from django.conf import settings
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import translation

from samen.logboek.context import logging_onderdrukt
from samen.logboek.models import Regel
from samen.logboek.services import verwerking_vastleggen

#: Models that are logs themselves, or pure machinery.
NIET_LOGGEN = {"logboek.regel", "kwaliteitskaart.toegangslog"}
EXTRA = {"auth.user", "auth.group"}
GEHEIM = ("password", "wachtwoord", "hash", "token", "secret", "geheim", "otp_key")
MAX_TEKST = 500
#: Special categories of personal data (art. 9 AVG): the log records that they changed, never the
#: value (an absence's type says whether someone was ill).
BIJZONDER = {"kwaliteitskaart.afwezigheid": {"soort"}}


def gevolgd(model: type[models.Model]) -> bool:
    """Whether changes of ``model`` are logged (not for the historical models of migrations)."""
    meta = model._meta
    if meta.apps is not global_apps or logging_onderdrukt():
        return False
    if meta.proxy:
        return gevolgd(meta.concrete_model)  # type: ignore[arg-type]
    if meta.label_lower in NIET_LOGGEN or not meta.managed:
        return False
    return meta.label_lower in EXTRA or meta.app_config.name.startswith("samen.")  # type: ignore[union-attr]


def geheim(naam: str) -> bool:
    naam = naam.lower()
    return any(woord in naam for woord in GEHEIM)


def waarde(v: Any) -> Any:
    """A JSON-safe, bounded rendering of a stored value."""
    if v is None or isinstance(v, bool | int | float):
        return v
    if isinstance(v, bytes | memoryview):
        data = bytes(v)
        return f"<{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}>"
    if isinstance(v, dt.datetime | dt.date | dt.time):
        return v.isoformat()
    if isinstance(v, decimal.Decimal | uuid.UUID):
        return str(v)
    if isinstance(v, dict | list):
        tekst = str(v)
        return v if len(tekst) <= MAX_TEKST else tekst[:MAX_TEKST] + "…"
    tekst = str(v) if not isinstance(v, str) else v
    return tekst if len(tekst) <= MAX_TEKST else tekst[:MAX_TEKST] + "…"


def _waarden(instance: models.Model) -> dict[str, Any]:
    return {f.attname: getattr(instance, f.attname) for f in instance._meta.concrete_fields}


def _organisatie_id(instance: models.Model) -> int | None:
    if instance._meta.label_lower == "organisaties.organisatie":
        return int(instance.pk)
    org = getattr(instance, "organisatie_id", None)
    if isinstance(org, int):
        return org
    if getattr(instance, "medewerker_id", None):
        try:
            return int(instance.medewerker.organisatie_id)  # type: ignore[attr-defined]
        except Exception:
            return None
    return None


def _omschrijving(instance: models.Model) -> str:
    # The log is a record: in Samen's own language, whatever language the user works in
    # (a model's text may contain a choice label).
    try:
        with translation.override(settings.LANGUAGE_CODE):
            return str(instance)[:200]
    except Exception:
        return ""


def verborgen(model: type[models.Model], naam: str) -> bool:
    return geheim(naam) or naam in BIJZONDER.get(model._meta.label_lower, set())


def _verschil(
    model: type[models.Model], oud: dict[str, Any], nieuw: dict[str, Any]
) -> dict[str, Any]:
    verschil: dict[str, Any] = {}
    for naam, nieuwe in nieuw.items():
        oude = oud.get(naam)
        if oude == nieuwe or (naam not in oud):
            continue
        if (
            isinstance(oude, memoryview | bytes)
            and isinstance(nieuwe, memoryview | bytes)
            and bytes(oude) == bytes(nieuwe)
        ):
            continue
        verschil[naam] = "gewijzigd" if verborgen(model, naam) else [waarde(oude), waarde(nieuwe)]
    return verschil


def _voor_opslaan(sender: type[models.Model], instance: models.Model, raw: bool, **kw: Any) -> None:
    if raw or not gevolgd(sender) or instance._state.adding or instance.pk is None:
        return
    namen = [f.attname for f in sender._meta.concrete_fields]
    oud = sender._base_manager.using(kw.get("using")).filter(pk=instance.pk).values(*namen).first()
    instance._logboek_oud = oud  # type: ignore[attr-defined]


def _na_opslaan(
    sender: type[models.Model], instance: models.Model, created: bool, raw: bool, **kw: Any
) -> None:
    if raw or not gevolgd(sender):
        return
    nieuw = _waarden(instance)
    oud = getattr(instance, "_logboek_oud", None)
    instance._logboek_oud = None  # type: ignore[attr-defined]
    if created or oud is None:
        actie = Regel.Actie.AANMAKEN
        wijzigingen = {
            k: ("ingesteld" if verborgen(sender, k) else [None, waarde(v)])
            for k, v in nieuw.items()
            if v not in (None, "")
        }
    else:
        actie = Regel.Actie.WIJZIGEN
        wijzigingen = _verschil(sender, oud, nieuw)
        automatisch = {
            f.attname for f in sender._meta.concrete_fields if getattr(f, "auto_now", False)
        }
        if not set(wijzigingen) - automatisch:
            return  # nothing but a timestamp: no change
    verwerking_vastleggen(
        actie=actie,
        objecttype=sender._meta.label_lower,
        object_id=instance.pk,
        object_omschrijving=_omschrijving(instance),
        organisatie_id=_organisatie_id(instance),
        wijzigingen=wijzigingen,
    )


def _na_verwijderen(sender: type[models.Model], instance: models.Model, **kw: Any) -> None:
    if not gevolgd(sender):
        return
    verwerking_vastleggen(
        actie=Regel.Actie.VERWIJDEREN,
        objecttype=sender._meta.label_lower,
        object_id=instance.pk,
        object_omschrijving=_omschrijving(instance),
        organisatie_id=_organisatie_id(instance),
        wijzigingen={
            k: ("gewist" if verborgen(sender, k) else [waarde(v), None])
            for k, v in _waarden(instance).items()
            if v not in (None, "")
        },
    )


def _koppelingen(
    sender: Any,
    instance: models.Model,
    action: str,
    reverse: bool,
    model: Any,
    pk_set: set[Any] | None,
    **kw: Any,
) -> None:
    if action not in {"post_add", "post_remove", "post_clear"} or not gevolgd(type(instance)):
        return
    veld = next(
        (
            f.name
            for f in instance._meta.many_to_many
            if getattr(f.remote_field, "through", None) is sender
        ),
        sender._meta.model_name,
    )
    teken = {"post_add": "toegevoegd", "post_remove": "verwijderd", "post_clear": "alle verwijderd"}
    verwerking_vastleggen(
        actie=Regel.Actie.WIJZIGEN,
        objecttype=type(instance)._meta.label_lower,
        object_id=instance.pk,
        object_omschrijving=_omschrijving(instance),
        organisatie_id=_organisatie_id(instance),
        wijzigingen={veld: {teken[action]: sorted(waarde(p) for p in (pk_set or ()))}},
    )


def verbind() -> None:
    pre_save.connect(_voor_opslaan, dispatch_uid="logboek_pre_save")
    post_save.connect(_na_opslaan, dispatch_uid="logboek_post_save")
    post_delete.connect(_na_verwijderen, dispatch_uid="logboek_post_delete")
    m2m_changed.connect(_koppelingen, dispatch_uid="logboek_m2m")


__all__ = ["gevolgd", "verbind", "verborgen", "waarde"]
