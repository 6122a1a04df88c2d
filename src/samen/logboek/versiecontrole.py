"""Optimistic concurrency for edit forms: a hidden version field, checked before a write.

A form shows the version token of the record(s) it edits (:func:`samen.core.versie.versie_van`);
the view re-reads the record with a row lock inside the write's transaction and refuses the
write with :data:`VERSIE_FOUT` when the token changed in between, so no update is lost.
"""

from __future__ import annotations

import hashlib

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext, gettext_noop

from samen.core.versie import versie_van

#: A plain (Dutch) str, marked for translation; show it with ``gettext(VERSIE_FOUT)``.
VERSIE_FOUT = gettext_noop("Iemand anders heeft dit intussen gewijzigd; bekijk de nieuwe versie.")
VELD = "versie"


class VersieConflict(ValidationError):
    """The record changed since the user loaded the form; nothing was stored."""


def versie_veld(versie: str) -> forms.CharField:
    """The hidden field that carries the version the user saw."""
    return forms.CharField(widget=forms.HiddenInput, required=False, initial=versie)


def versie_token(*objecten: models.Model | None) -> str:
    """The version of one record, or of several together (a record and its latest child)."""
    delen = [versie_van(o) if o is not None else "-" for o in objecten]
    if len(delen) == 1:
        return delen[0]
    return hashlib.sha256("|".join(delen).encode()).hexdigest()[:32]


def controleer_versie(gezien: str | None, huidig: str) -> None:
    """Raise a form-level ValidationError when the version the user saw is not the current one.

    A request without a version (a script, an older page) is not checked: the forms always send
    one, and the API checks its own (If-Match)."""
    if gezien and gezien != huidig:
        raise VersieConflict({NON_FIELD_ERRORS: [gettext(VERSIE_FOUT)]}, code="versie")
