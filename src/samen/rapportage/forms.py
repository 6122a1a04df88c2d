"""Forms of the report pages: a new draft, a section's text, the cover, publishing."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.core.forms import DatumField
from samen.rapportage.models import Rapport


class RapportForm(forms.Form):
    organisatie = forms.ChoiceField(
        label=_("Organisatie"),
        error_messages={
            "required": _("Kies de organisatie."),
            "invalid_choice": _("U bent geen redacteur van die organisatie."),
        },
    )
    soort = forms.ChoiceField(
        label=_("Soort"),
        choices=[
            (
                Rapport.Soort.STAND_VAN_ZAKEN,
                _("Stand van zaken voor de raad (voorstel en notitie)"),
            ),
            (Rapport.Soort.NIEUWSBRIEF, _("Nieuwsbrief voor de medewerkers")),
        ],
        initial=Rapport.Soort.STAND_VAN_ZAKEN,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies de soort.")},
    )
    peildatum = DatumField(
        label=_("Peildatum"),
        help_text=_(
            "De notitie beschrijft de stand op deze datum; wat later is gebeurd, blijft weg."
        ),
        error_messages={"required": _("Geef de peildatum.")},
    )
    vanaf = DatumField(
        label=_("Ontwikkelingen sinds"),
        required=False,
        help_text=_(
            "Leeg: sinds de peildatum van de vorige gepubliceerde notitie van deze organisatie "
            "(zonder vorige notitie: sinds de raad voor het laatst een toezegging kreeg)."
        ),
    )
    agendapunt = forms.CharField(label=_("Agendapunt"), max_length=40, required=False)
    documentnummer = forms.CharField(
        label=_("Documentnummer"),
        max_length=60,
        required=False,
        help_text=_("Het nummer in het documentmanagementsysteem, zoals een Decosnummer."),
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
            self.add_error(
                "vanaf", gettext("'Ontwikkelingen sinds' moet vóór de peildatum liggen.")
            )
        return data


class SectieForm(forms.Form):
    tekst = forms.CharField(
        label=_("Tekst"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 24, "spellcheck": "true", "lang": "nl"}),
        help_text=_(
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
        label=_("Onderwerp"), max_length=300, error_messages={"required": _("Geef het onderwerp.")}
    )
    datum = DatumField(
        label=_("Datum op het voorblad"), required=False, help_text=_("Leeg: de peildatum.")
    )
    agendapunt = forms.CharField(label=_("Agendapunt"), max_length=40, required=False)
    documentnummer = forms.CharField(label=_("Documentnummer"), max_length=60, required=False)
    portefeuillehouder = PersoonChoiceField(
        label=_("Portefeuillehouder"), queryset=None, required=False
    )
    informanten = PersonenChoiceField(
        label=_("Informanten"),
        queryset=None,
        required=False,
        help_text=_("Met e-mailadres en telefoonnummer op het voorblad."),
    )
    burgemeester = PersoonChoiceField(
        label=_("Ondertekening: burgemeester"), queryset=None, required=False
    )
    secretaris = PersoonChoiceField(
        label=_("Ondertekening: secretaris"), queryset=None, required=False
    )

    def __init__(self, *args: Any, personen: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for naam in ("portefeuillehouder", "informanten", "burgemeester", "secretaris"):
            self.fields[naam].queryset = personen  # type: ignore[attr-defined]


class PublicerenForm(forms.Form):
    publicatiedatum = DatumField(
        label=_("Publicatiedatum"),
        initial=timezone.localdate,
        help_text=_("Niet vóór de peildatum en niet in de toekomst."),
        error_messages={"required": _("Geef de publicatiedatum.")},
    )
    bevestig = forms.BooleanField(
        label=_(
            "Ik begrijp dat een gepubliceerde notitie niet meer kan worden gewijzigd of verwijderd."
        ),
        error_messages={
            "required": _(
                "Vink aan dat u begrijpt dat de notitie na publicatie niet meer verandert."
            )
        },
    )


class OpnieuwForm(forms.Form):
    behoud_bewerkingen = forms.BooleanField(
        label=_("Behoud de secties die ik heb aangepast"),
        required=False,
        initial=True,
    )
