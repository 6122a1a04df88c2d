"""Form fields with Dutch, specific error messages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.core.dates import ONGELDIGE_DATUM, DatumFout, DatumPrecisie, parse_datum
from samen.core.models import PRECISIE_CHOICES


class DatumField(forms.DateField):
    """A date from an HTML date input (JJJJ-MM-DD) or typed as DD-MM-JJJJ."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def to_python(self, value: Any) -> dt.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, dt.date):
            return value
        veld = str(self.label or gettext("De datum"))
        try:
            return parse_datum(str(value), veld=veld)
        except DatumFout as exc:
            melding = gettext(ONGELDIGE_DATUM) % {"veld": veld, "tekst": str(value)}
            raise forms.ValidationError(melding, code="invalid") from exc


class PrecisieField(forms.ChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Hoe precies is de datum bekend?"))
        kwargs.setdefault("initial", DatumPrecisie.DAG)
        super().__init__(choices=PRECISIE_CHOICES, **kwargs)


def apply_service_error(form: forms.Form, error: Any) -> None:
    """Put a service's ValidationError on the matching form fields (or on the form)."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
