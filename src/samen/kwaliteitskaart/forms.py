from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.core.forms import DatumField
from samen.kwaliteitskaart.models import Afwezigheid, Niveau, Specialisme
from samen.organisaties.models import Organisatie


class MedewerkerForm(forms.Form):
    organisatie = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=Organisatie.objects.none(), empty_label=None,
        help_text=_("U kunt alleen medewerkers registreren van een organisatie waar u "
        "personeelsfunctionaris of beheerder bent."),
    )  # fmt: skip
    personeelsnummer = forms.CharField(label=_("Personeelsnummer"), max_length=30)
    naam = forms.CharField(label=_("Naam"), max_length=200)
    afdeling = forms.CharField(label=_("Afdeling"), max_length=200)
    functie = forms.CharField(label=_("Functie"), max_length=200, required=False)
    uren_per_week = forms.DecimalField(
        label=_("Uren per week"), min_value=Decimal(1), max_value=Decimal(40), decimal_places=1,
        error_messages={
            "min_value": _("Vul minstens 1 uur per week in."),
            "max_value": _("Vul hoogstens 40 uur per week in."),
            "invalid": _("Vul een getal in, bijvoorbeeld 36 of 24,5."),
        },
    )  # fmt: skip
    begindatum = DatumField(label=_("In dienst vanaf"), initial=timezone.localdate)
    einddatum = DatumField(
        label=_("Uit dienst per"), required=False,
        help_text=_("De eerste dag dat de medewerker niet meer in dienst is. Leeg: in dienst."),
    )  # fmt: skip
    fictief = forms.BooleanField(
        label=_("Fictieve medewerker (alleen voor demo en oefening)"), required=False
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
            self.add_error(
                "einddatum", gettext("De datum uit dienst moet na de datum in dienst liggen.")
            )
        return data


class VaardigheidForm(forms.Form):
    specialisme = forms.ModelChoiceField(
        label=_("Specialisme"), queryset=Specialisme.objects.none()
    )
    niveau = forms.TypedChoiceField(
        label=_("Niveau"), choices=Niveau.choices, coerce=int,
        help_text=_("1 basis, 2 zelfstandig, 3 specialist, 4 expert."),
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
        label=_("Soort"),
        # The form's own translated labels; the model's labels stay Dutch (the API returns them).
        choices=[
            (Afwezigheid.Soort.VERLOF, _("verlof")),
            (Afwezigheid.Soort.ZIEK, _("ziek")),
            (Afwezigheid.Soort.OVERIG, _("overig")),
        ],
        help_text=_("Registreer nooit een diagnose of andere medische gegevens; Samen vraagt er ook niet om."),
    )  # fmt: skip
    eerste_dag = DatumField(label=_("Eerste dag"))
    laatste_dag = DatumField(label=_("Laatste dag (tot en met)"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        eerste, laatste = data.get("eerste_dag"), data.get("laatste_dag")
        if eerste and laatste and laatste < eerste:
            self.add_error(
                "laatste_dag", gettext("De laatste dag mag niet vóór de eerste dag liggen.")
            )
        return data


class PlanForm(forms.Form):
    van = DatumField(label=_("Van"))
    tot = DatumField(label=_("Tot en met"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        van, tot = data.get("van"), data.get("tot")
        if van and tot and tot < van:
            self.add_error(
                "tot",
                gettext(
                    "De periode eindigt vóór ze begint: kies een einddatum op of na de begindatum."
                ),
            )
        return data
