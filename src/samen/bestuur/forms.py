from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.bestuur.models import Besluit, Motie, Orgaan
from samen.core.forms import DatumField, PrecisieField


class BesluitForm(forms.Form):
    datum = DatumField(label=_("Datum van de vergadering"), initial=timezone.localdate)
    datumprecisie = PrecisieField()
    organen = forms.ModelMultipleChoiceField(
        label=_("Genomen door"),
        queryset=Orgaan.objects.none(),
        help_text=_(
            "Kies alle organen die samen vergaderden, bijvoorbeeld stuurgroep en burgemeesters."
        ),
    )
    terrein: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Samenwerkingsterrein"), queryset=None, required=False, empty_label=_("(geen)")
    )
    onderwerp = forms.CharField(label=_("Onderwerp"), max_length=300)
    uitkomst = forms.ChoiceField(label=_("Uitkomst"), choices=Besluit.Uitkomst.choices)
    tekst = forms.CharField(label=_("Besluit"), widget=forms.Textarea)

    def __init__(self, *args, organen, terreinen, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["organen"].queryset = organen
        self.fields["terrein"].queryset = terreinen

    def clean_datum(self):  # type: ignore[no-untyped-def]
        datum = self.cleaned_data["datum"]
        if datum > timezone.localdate():
            raise forms.ValidationError(
                gettext("Een besluit kan niet in de toekomst genomen zijn.")
            )
        return datum


class ToezeggingForm(forms.Form):
    orgaan = forms.ModelChoiceField(label=_("Toegezegd door"), queryset=Orgaan.objects.none())
    aan = forms.ModelChoiceField(label=_("Toegezegd aan"), queryset=Orgaan.objects.none())
    omschrijving = forms.CharField(
        label=_("Wat is toegezegd?"), widget=forms.Textarea(attrs={"rows": 4})
    )
    gedaan_op = DatumField(label=_("Toegezegd op"), initial=timezone.localdate)
    vervaldatum = DatumField(label=_("Uiterlijk op"))
    vervaldatum_precisie = PrecisieField(label=_("Hoe precies is de termijn?"))
    motie = forms.ModelChoiceField(
        label=_("Naar aanleiding van motie"),
        queryset=Motie.objects.all(),
        required=False,
        empty_label=_("(geen)"),
    )
    terrein: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Samenwerkingsterrein"), queryset=None, required=False, empty_label=_("(geen)")
    )

    def __init__(self, *args, organen, terreinen, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["orgaan"].queryset = organen
        self.fields["aan"].queryset = Orgaan.objects.filter(
            soort__in=[Orgaan.Soort.RAAD, Orgaan.Soort.RAADSCOMMISSIE]
        )
        self.fields["terrein"].queryset = terreinen

    def clean(self):  # type: ignore[no-untyped-def]
        data = super().clean()
        gedaan, verval = data.get("gedaan_op"), data.get("vervaldatum")
        if gedaan and verval and verval < gedaan:
            self.add_error(
                "vervaldatum",
                gettext("De termijn kan niet vóór de datum van de toezegging liggen."),
            )
        return data


class NakomenForm(forms.Form):
    nagekomen_op = DatumField(label=_("Nagekomen op"), initial=timezone.localdate)
    toelichting = forms.CharField(
        label=_("Hoe is de toezegging nagekomen?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
