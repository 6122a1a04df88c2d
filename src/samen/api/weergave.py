"""The representation of a model instance, planned once per serializer instead of per value.

DRF's ``Serializer.to_representation`` asks every field of every row for its attribute and
then its representation. For the plain fields that make up most of Samen's resources (text,
numbers, choices, dates, date-times, a foreign key as its id) that work is mostly overhead:
the readable-field generator, a settings lookup and the current time zone per value. On a
page of 20 progress updates it was a quarter of the API's time per request.

:class:`GeplandeWeergave` makes a plan per serializer class and model, once per process: per plain
field, an attribute name and a converter that gives exactly what the DRF field gives; every other
field (nested serializers, method fields, dotted sources, explicit formats or time zones) keeps
DRF's own path, through the serializer's own bound field. A serializer whose fields are all plain
never builds its fields at all. The time zone is the current one, taken once per serializer.
Tested for every API resource against DRF's own ``to_representation``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.utils import timezone
from rest_framework import ISO_8601, fields, relations
from rest_framework.fields import SkipField
from rest_framework.relations import PKOnlyObject
from rest_framework.settings import api_settings

Omzetter = Callable[[Any, Any], Any]  # (value, current time zone) -> representation
#: (property name, model attribute or None for DRF's path, converter or None for the value as is)
Stap = tuple[str, str | None, Omzetter | None]

_PLANNEN: dict[tuple[type, type], list[Stap]] = {}


@receiver(setting_changed)
def _vergeet_plannen(*, setting: str, **kwargs: Any) -> None:
    """Plans follow the settings they read (DRF's formats, USE_TZ) when a test changes them."""
    if setting in ("REST_FRAMEWORK", "USE_TZ"):
        _PLANNEN.clear()


def _tekst(waarde: Any, zone: Any) -> Any:
    return str(waarde)


def _geheel(waarde: Any, zone: Any) -> Any:
    return int(waarde)


def _kommagetal(waarde: Any, zone: Any) -> Any:
    return float(waarde)


def _iso_datum(waarde: Any, zone: Any) -> Any:
    return waarde if isinstance(waarde, str) else waarde.isoformat()


def _iso_tijdstip(veld: fields.Field) -> Omzetter:
    def omzetten(waarde: Any, zone: Any) -> Any:
        if isinstance(waarde, str) or waarde.utcoffset() is None:
            return veld.to_representation(waarde)  # naive or text: DRF's own rules
        tekst: str = waarde.astimezone(zone).isoformat()
        return tekst[:-6] + "Z" if tekst.endswith("+00:00") else tekst

    return omzetten


def _booleaans(veld: fields.Field) -> Omzetter:
    def omzetten(waarde: Any, zone: Any) -> Any:
        return waarde if waarde is True or waarde is False else veld.to_representation(waarde)

    return omzetten


def _keuze(veld: fields.ChoiceField) -> Omzetter:
    naar_waarde = veld.choice_strings_to_values

    def omzetten(waarde: Any, zone: Any) -> Any:
        if waarde == "":
            return waarde
        if isinstance(waarde, Enum) and str(waarde) != str(waarde.value):
            waarde = waarde.value
        return naar_waarde.get(str(waarde), waarde)

    return omzetten


def _omzetter(veld: fields.Field) -> Omzetter | None:
    """The converter that gives what ``veld.to_representation`` gives, for a plain field. It
    only uses the field's own settings, never the serializer's context."""
    soort = type(veld)
    if soort in (fields.CharField, fields.EmailField, fields.URLField, fields.SlugField):
        return _tekst
    if soort is fields.IntegerField:
        return _geheel
    if soort is fields.BigIntegerField:
        tekst = getattr(veld, "coerce_to_string", api_settings.COERCE_BIGINT_TO_STRING)
        return _tekst if tekst else _geheel
    if soort is fields.FloatField:
        return _kommagetal
    if soort is fields.BooleanField:
        return _booleaans(veld)
    if soort is fields.ChoiceField:
        return _keuze(veld)  # type: ignore[arg-type]
    if soort is fields.DateField:
        if getattr(veld, "format", api_settings.DATE_FORMAT).lower() == ISO_8601:
            return _iso_datum
        return None
    if soort is fields.DateTimeField:
        formaat = getattr(veld, "format", api_settings.DATETIME_FORMAT)
        if formaat is None or formaat.lower() != ISO_8601 or hasattr(veld, "timezone"):
            return None
        return _iso_tijdstip(veld) if settings.USE_TZ else None
    return None


def _stap(veld: fields.Field, model: type[models.Model]) -> Stap:
    naam = str(veld.field_name)
    bron = veld.source_attrs
    if len(bron) != 1:
        return (naam, None, None)
    try:
        modelveld = model._meta.get_field(bron[0])
    except FieldDoesNotExist:  # a property or method, not a model field: DRF's path
        return (naam, None, None)
    if not isinstance(modelveld, models.Field) or not modelveld.concrete:
        return (naam, None, None)
    if type(veld) is relations.PrimaryKeyRelatedField:
        if veld.pk_field is None and modelveld.many_to_one:
            return (naam, modelveld.attname, None)  # the id, as DRF's PKOnlyObject gives
        return (naam, None, None)
    if modelveld.is_relation:
        return (naam, None, None)
    omzetter = _omzetter(veld)
    return (naam, modelveld.attname if omzetter else None, omzetter)


def weergaveplan(serializer_klasse: type, model: type[models.Model]) -> list[Stap]:
    """The plan of a serializer class for instances of a model (made once per process, from
    the fields of an instance without context)."""
    sleutel = (serializer_klasse, model)
    plan = _PLANNEN.get(sleutel)
    if plan is None:
        voorbeeld = serializer_klasse()
        plan = _PLANNEN[sleutel] = [_stap(veld, model) for veld in voorbeeld._readable_fields]
    return plan


# Serializer mixin: ``to_representation`` through the class's plan. (No docstring: the OpenAPI
# generator would show an inherited one as the description of every resource.)
class GeplandeWeergave:
    def to_representation(self, instance: Any) -> Any:
        if not isinstance(instance, models.Model):
            return super().to_representation(instance)  # type: ignore[misc]
        eigen = self.__dict__
        zone = eigen.get("_samen_zone")
        if zone is None:
            zone = eigen["_samen_zone"] = timezone.get_current_timezone()
        ret: dict[str, Any] = {}
        for naam, attribuut, omzetter in weergaveplan(type(self), type(instance)):
            if attribuut is not None:
                waarde = getattr(instance, attribuut)
                ret[naam] = waarde if waarde is None or omzetter is None else omzetter(waarde, zone)
                continue
            veld = self.fields[naam]  # type: ignore[attr-defined]
            try:
                waarde = veld.get_attribute(instance)
            except SkipField:
                continue
            leeg = waarde.pk if isinstance(waarde, PKOnlyObject) else waarde
            ret[naam] = None if leeg is None else veld.to_representation(waarde)
        return ret
