"""The search form of the log page."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.logboek.models import Regel


class ZoekForm(forms.Form):
    van = forms.DateField(
        label=_("Van"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tot = forms.DateField(
        label=_("Tot en met"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    actor = forms.CharField(label=_("Gebruiker"), required=False, max_length=150)
    organisatie = forms.TypedChoiceField(
        label=_("Organisatie"), required=False, coerce=int, empty_value=None
    )
    objecttype = forms.ChoiceField(label=_("Soort object"), required=False)
    actie = forms.ChoiceField(
        label=_("Actie"), required=False, choices=[("", _("alle acties")), *Regel.Actie.choices]
    )

    def __init__(
        self, *args: Any, organisaties: list[tuple[int, str]], objecttypes: list[str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].choices = [("", gettext("alle organisaties")), *organisaties]  # type: ignore[attr-defined]
        soorten = [("", gettext("alle soorten")), *[(t, t) for t in objecttypes]]
        self.fields["objecttype"].choices = soorten  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        van, tot = data.get("van"), data.get("tot")
        if van and tot and van > tot:
            self.add_error("tot", gettext("De einddatum ligt vóór de begindatum."))
        return data
