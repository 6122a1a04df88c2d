from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils import timezone

from samen.core.forms import DatumField
from samen.kwaliteitskaart.models import Afwezigheid, Niveau, Specialisme
from samen.organisaties.models import Organisatie


class MedewerkerForm(forms.Form):
    organisatie = forms.ModelChoiceField(
        label="Organisatie", queryset=Organisatie.objects.none(), empty_label=None,
        help_text="U kunt alleen medewerkers registreren van een organisatie waar u "
        "personeelsfunctionaris of beheerder bent.",
    )  # fmt: skip
    personeelsnummer = forms.CharField(label="Personeelsnummer", max_length=30)
    naam = forms.CharField(label="Naam", max_length=200)
    afdeling = forms.CharField(label="Afdeling", max_length=200)
    functie = forms.CharField(label="Functie", max_length=200, required=False)
    uren_per_week = forms.DecimalField(
        label="Uren per week", min_value=Decimal(1), max_value=Decimal(40), decimal_places=1,
        error_messages={
            "min_value": "Vul minstens 1 uur per week in.",
            "max_value": "Vul hoogstens 40 uur per week in.",
            "invalid": "Vul een getal in, bijvoorbeeld 36 of 24,5.",
        },
    )  # fmt: skip
    begindatum = DatumField(label="In dienst vanaf", initial=timezone.localdate)
    einddatum = DatumField(
        label="Uit dienst per", required=False,
        help_text="De eerste dag dat de medewerker niet meer in dienst is. Leeg: in dienst.",
    )  # fmt: skip
    fictief = forms.BooleanField(
        label="Fictieve medewerker (alleen voor demo en oefening)", required=False
    )

    def __init__(
        self, *args: Any, organisaties: Any, bewerken: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        org_field = self.fields["organisatie"]
        assert isinstance(org_field, forms.ModelChoiceField)
        org_field.queryset = organisaties
        if bewerken:
            del self.fields["organisatie"]
            self.fields["personeelsnummer"].disabled = True

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        begin, einde = data.get("begindatum"), data.get("einddatum")
        if begin and einde and einde <= begin:
            self.add_error("einddatum", "De datum uit dienst moet na de datum in dienst liggen.")
        return data


class VaardigheidForm(forms.Form):
    specialisme = forms.ModelChoiceField(label="Specialisme", queryset=Specialisme.objects.none())
    niveau = forms.TypedChoiceField(
        label="Niveau", choices=Niveau.choices, coerce=int,
        help_text="1 basis, 2 zelfstandig, 3 specialist, 4 expert.",
    )  # fmt: skip

    def __init__(self, *args: Any, specialismen: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["specialisme"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = specialismen
        field.label_from_instance = lambda s: f"{s.domein}: {s.naam}"  # type: ignore[method-assign,assignment]


class AfwezigheidForm(forms.Form):
    """Type and period only: there is on purpose no field for a reason or a remark."""

    soort = forms.ChoiceField(
        label="Soort", choices=Afwezigheid.Soort.choices,
        help_text="Registreer nooit een diagnose of andere medische gegevens; Samen vraagt er ook niet om.",
    )  # fmt: skip
    eerste_dag = DatumField(label="Eerste dag")
    laatste_dag = DatumField(label="Laatste dag (tot en met)")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        eerste, laatste = data.get("eerste_dag"), data.get("laatste_dag")
        if eerste and laatste and laatste < eerste:
            self.add_error("laatste_dag", "De laatste dag mag niet vóór de eerste dag liggen.")
        return data


class PlanForm(forms.Form):
    van = DatumField(label="Van")
    tot = DatumField(label="Tot en met")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        van, tot = data.get("van"), data.get("tot")
        if van and tot and tot < van:
            self.add_error(
                "tot",
                "De periode eindigt vóór ze begint: kies een einddatum op of na de begindatum.",
            )
        return data
