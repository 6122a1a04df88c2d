"""The search form of the log page."""

from __future__ import annotations

from typing import Any

from django import forms

from samen.logboek.models import Regel


class ZoekForm(forms.Form):
    van = forms.DateField(
        label="Van", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tot = forms.DateField(
        label="Tot en met", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    actor = forms.CharField(label="Gebruiker", required=False, max_length=150)
    organisatie = forms.TypedChoiceField(
        label="Organisatie", required=False, coerce=int, empty_value=None
    )
    objecttype = forms.ChoiceField(label="Soort object", required=False)
    actie = forms.ChoiceField(
        label="Actie", required=False, choices=[("", "alle acties"), *Regel.Actie.choices]
    )

    def __init__(
        self, *args: Any, organisaties: list[tuple[int, str]], objecttypes: list[str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].choices = [("", "alle organisaties"), *organisaties]  # type: ignore[attr-defined]
        self.fields["objecttype"].choices = [("", "alle soorten"), *[(t, t) for t in objecttypes]]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        van, tot = data.get("van"), data.get("tot")
        if van and tot and van > tot:
            self.add_error("tot", "De einddatum ligt vóór de begindatum.")
        return data
