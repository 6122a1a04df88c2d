"""Forms of the report pages: a new draft, a section's text, the cover, publishing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from samen.core.forms import DatumField
from samen.rapportage.models import Rapport


class RapportForm(forms.Form):
    organisatie = forms.ChoiceField(
        label="Organisatie",
        error_messages={
            "required": "Kies de organisatie.",
            "invalid_choice": "U bent geen redacteur van die organisatie.",
        },
    )
    soort = forms.ChoiceField(
        label="Soort",
        choices=[
            (Rapport.Soort.STAND_VAN_ZAKEN, "Stand van zaken voor de raad (voorstel en notitie)"),
            (Rapport.Soort.NIEUWSBRIEF, "Nieuwsbrief voor de medewerkers"),
        ],
        initial=Rapport.Soort.STAND_VAN_ZAKEN,
        widget=forms.RadioSelect,
        error_messages={"required": "Kies de soort."},
    )
    peildatum = DatumField(
        label="Peildatum",
        help_text="De notitie beschrijft de stand op deze datum; wat later is gebeurd, blijft weg.",
        error_messages={"required": "Geef de peildatum."},
    )
    vanaf = DatumField(
        label="Ontwikkelingen sinds",
        required=False,
        help_text=(
            "Leeg: sinds de peildatum van de vorige gepubliceerde notitie van deze organisatie "
            "(zonder vorige notitie: sinds de raad voor het laatst een toezegging kreeg)."
        ),
    )
    agendapunt = forms.CharField(label="Agendapunt", max_length=40, required=False)
    documentnummer = forms.CharField(
        label="Documentnummer",
        max_length=60,
        required=False,
        help_text="Het nummer in het documentmanagementsysteem, zoals een Decosnummer.",
    )

    def __init__(self, *args: Any, organisaties: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisaties = {o.slug: o for o in organisaties}
        veld = self.fields["organisatie"]
        assert isinstance(veld, forms.ChoiceField)
        veld.choices = [(o.slug, o.naam) for o in organisaties]
        if len(organisaties) == 1:
            self.fields["organisatie"].initial = organisaties[0].slug

    def clean_organisatie(self) -> Any:
        return self.organisaties[self.cleaned_data["organisatie"]]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        peildatum, vanaf = data.get("peildatum"), data.get("vanaf")
        if peildatum and vanaf and vanaf >= peildatum:
            self.add_error("vanaf", "'Ontwikkelingen sinds' moet vóór de peildatum liggen.")
        return data


class SectieForm(forms.Form):
    tekst = forms.CharField(
        label="Tekst",
        required=False,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "true", "lang": "nl"}),
        help_text=(
            "Een lege regel begint een nieuwe alinea. **vet** maakt tekst vet; '- ' begint een "
            "opsomming, '1. ' een genummerde lijst; '## Titel' een kopje; een tabel schrijft u als "
            "'Tabel: bijschrift' met daaronder regels als '| a | b |' (de eerste regel is de kop)."
        ),
    )


class PersoonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.naam} ({obj.functie})"


class PersonenChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.naam} ({obj.functie})"


class VoorbladForm(forms.Form):
    onderwerp = forms.CharField(
        label="Onderwerp", max_length=300, error_messages={"required": "Geef het onderwerp."}
    )
    datum = DatumField(
        label="Datum op het voorblad", required=False, help_text="Leeg: de peildatum."
    )
    agendapunt = forms.CharField(label="Agendapunt", max_length=40, required=False)
    documentnummer = forms.CharField(label="Documentnummer", max_length=60, required=False)
    portefeuillehouder = PersoonChoiceField(
        label="Portefeuillehouder", queryset=None, required=False
    )
    informanten = PersonenChoiceField(
        label="Informanten",
        queryset=None,
        required=False,
        help_text="Met e-mailadres en telefoonnummer op het voorblad.",
    )
    burgemeester = PersoonChoiceField(
        label="Ondertekening: burgemeester", queryset=None, required=False
    )
    secretaris = PersoonChoiceField(
        label="Ondertekening: secretaris", queryset=None, required=False
    )

    def __init__(self, *args: Any, personen: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for naam in ("portefeuillehouder", "informanten", "burgemeester", "secretaris"):
            self.fields[naam].queryset = personen  # type: ignore[attr-defined]


class PublicerenForm(forms.Form):
    publicatiedatum = DatumField(
        label="Publicatiedatum",
        initial=timezone.localdate,
        help_text="Niet vóór de peildatum en niet in de toekomst.",
        error_messages={"required": "Geef de publicatiedatum."},
    )
    bevestig = forms.BooleanField(
        label="Ik begrijp dat een gepubliceerde notitie niet meer kan worden gewijzigd of verwijderd.",
        error_messages={
            "required": "Vink aan dat u begrijpt dat de notitie na publicatie niet meer verandert."
        },
    )


class OpnieuwForm(forms.Form):
    behoud_bewerkingen = forms.BooleanField(
        label="Behoud de secties die ik heb aangepast",
        required=False,
        initial=True,
    )
