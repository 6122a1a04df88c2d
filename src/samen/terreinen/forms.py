from __future__ import annotations

from django import forms
from django.utils import timezone

from samen.core.forms import DatumField, PrecisieField


class VoortgangsberichtForm(forms.Form):
    datum = DatumField(label="Datum", initial=timezone.localdate)
    datumprecisie = PrecisieField()
    titel = forms.CharField(label="Titel", max_length=200)
    tekst = forms.CharField(
        label="Wat is er gebeurd?",
        widget=forms.Textarea,
        help_text="In uw eigen woorden; deze tekst kan in de stand van zaken voor de raad komen.",
    )
    vertraging = forms.CharField(
        label="Reden van vertraging",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Alleen invullen als het werk vertraging heeft opgelopen.",
    )

    def clean_datum(self):  # type: ignore[no-untyped-def]
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError(
                "Een voortgangsbericht gaat over wat er gebeurd is: de datum kan niet in de "
                "toekomst liggen."
            )
        return datum


class HerplanningForm(forms.Form):
    vastgesteld_op = DatumField(label="Herpland op", initial=timezone.localdate)
    geplande_datum = DatumField(label="Nieuwe geplande datum")
    datumprecisie = PrecisieField(label="Hoe precies is de nieuwe datum bekend?")
    reden = forms.CharField(label="Reden", widget=forms.Textarea(attrs={"rows": 3}))


class MijlpaalGereedForm(forms.Form):
    werkelijke_datum = DatumField(label="Bereikt op", initial=timezone.localdate)
