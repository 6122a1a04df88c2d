from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.core.forms import DatumField, PrecisieField


class VoortgangsberichtForm(forms.Form):
    datum = DatumField(label=_("Datum"), initial=timezone.localdate)
    datumprecisie = PrecisieField()
    titel = forms.CharField(label=_("Titel"), max_length=200)
    tekst = forms.CharField(
        label=_("Wat is er gebeurd?"),
        widget=forms.Textarea,
        help_text=_(
            "In uw eigen woorden; deze tekst kan in de stand van zaken voor de raad komen."
        ),
    )
    vertraging = forms.CharField(
        label=_("Reden van vertraging"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Alleen invullen als het werk vertraging heeft opgelopen."),
    )

    def clean_datum(self):  # type: ignore[no-untyped-def]
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError(
                gettext(
                    "Een voortgangsbericht gaat over wat er gebeurd is: de datum kan niet in de "
                    "toekomst liggen."
                )
            )
        return datum


class HerplanningForm(forms.Form):
    vastgesteld_op = DatumField(label=_("Herpland op"), initial=timezone.localdate)
    geplande_datum = DatumField(label=_("Nieuwe geplande datum"))
    datumprecisie = PrecisieField(label=_("Hoe precies is de nieuwe datum bekend?"))
    reden = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 3}))


class MijlpaalGereedForm(forms.Form):
    werkelijke_datum = DatumField(label=_("Bereikt op"), initial=timezone.localdate)
