"""Forms of the business-case editor: the header, partners, allocation keys, a scenario's lines.

Numbers are typed the Dutch way (``1.200.000``, ``2,5``); rates are typed in percent (``4`` is
4%). The forms only check what each field can check alone; :mod:`samen.businesscase.editor`
turns them into a case, and the engine's problems come back on the right field.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.businesscase.engine.model import Grondslag, Soort, Verdeling
from samen.businesscase.engine.money import BedragFout, format_getal, lees_getal
from samen.core.dates import format_datum

SLEUTEL_HULP = _("Kleine letters, cijfers en streepjes, zoals 'dalfsen' of 'pool-3'.")


class GetalField(forms.CharField):
    """A Decimal typed the Dutch way, with Dutch messages for the bounds."""

    def __init__(
        self,
        *,
        duizendtallen: bool = False,
        minimum: Decimal | None = None,
        maximum: Decimal | None = None,
        decimalen: int | None = None,
        **kwargs: Any,
    ) -> None:
        self.duizendtallen, self.minimum, self.maximum = duizendtallen, minimum, maximum
        self.decimalen = decimalen
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int):
            return format_getal(value)
        return value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        try:
            number = lees_getal(text, duizendtallen=self.duizendtallen)
        except BedragFout as exc:
            raise forms.ValidationError(str(exc)) from exc
        if self.decimalen is not None and number != number.quantize(
            Decimal(1).scaleb(-self.decimalen)
        ):
            raise forms.ValidationError(
                gettext("Hoogstens %(aantal)s decimalen (hele centen).")
                % {"aantal": self.decimalen}
            )
        if self.minimum is not None and number < self.minimum:
            raise forms.ValidationError(
                gettext("Dit mag niet kleiner zijn dan %(minimum)s.")
                % {"minimum": format_getal(self.minimum)}
            )
        if self.maximum is not None and number > self.maximum:
            raise forms.ValidationError(
                gettext("Dit mag niet groter zijn dan %(maximum)s.")
                % {"maximum": format_getal(self.maximum)}
            )
        return number


def bedrag_field(label: Any, **kwargs: Any) -> GetalField:
    return GetalField(label=label, duizendtallen=True, minimum=Decimal(0), decimalen=2, **kwargs)


def procent_field(label: Any, minimum: int = 0, maximum: int = 100, **kwargs: Any) -> GetalField:
    return GetalField(label=label, minimum=Decimal(minimum), maximum=Decimal(maximum), **kwargs)


def jaar_field(label: Any, **kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=1900,
        max_value=2300,
        error_messages={
            "min_value": _("Vul een jaartal in, zoals 2013."),
            "max_value": _("Vul een jaartal in, zoals 2013."),
            "invalid": _("Vul een jaartal in, zoals 2013."),
        },
        **kwargs,
    )


def looptijd_field(**kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        min_value=1,
        max_value=30,
        error_messages={
            "min_value": _("De looptijd moet minstens 1 jaar zijn."),
            "max_value": _("De looptijd is hoogstens 30 jaar."),
            "invalid": _("Vul een aantal jaren in."),
        },
        **kwargs,
    )


class KoppelingForm(forms.Form):
    """The alliance's domain and decision a case is attached to."""

    terrein: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Samenwerkingsterrein"), queryset=None, required=False, empty_label=_("(geen)")
    )
    besluit: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Besluit over deze businesscase"),
        queryset=None,
        required=False,
        empty_label=_("(nog geen besluit)"),
    )

    def __init__(self, *args: Any, terreinen: Any, besluiten: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["terrein"].queryset = terreinen  # type: ignore[attr-defined]
        self.fields["besluit"].queryset = besluiten  # type: ignore[attr-defined]
        self.fields["besluit"].label_from_instance = lambda b: (  # type: ignore[attr-defined]
            f"{format_datum(b.vergadering.datum, b.vergadering.datumprecisie)}: {b.onderwerp} "
            f"({b.get_uitkomst_display()})"
        )


class NieuwForm(KoppelingForm):
    samenwerkingsverband: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Samenwerkingsverband"), queryset=None
    )
    naam = forms.CharField(label=_("Naam"), max_length=200)
    omschrijving = forms.CharField(
        label=_("Omschrijving"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    startjaar = jaar_field(_("Startjaar"), help_text=_("Het eerste jaar van de businesscase."))
    looptijd = looptijd_field(label=_("Looptijd (jaren)"), initial=3)
    disconteringsvoet = procent_field(_("Disconteringsvoet (% per jaar)"), initial=Decimal(4))
    field_order = ["samenwerkingsverband", "naam", "omschrijving", "startjaar", "looptijd",
                   "disconteringsvoet", "terrein", "besluit"]  # fmt: skip

    def __init__(self, *args: Any, verbanden: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["samenwerkingsverband"].queryset = verbanden  # type: ignore[attr-defined]


class BestandForm(KoppelingForm):
    samenwerkingsverband: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Samenwerkingsverband"), queryset=None
    )
    bestand = forms.FileField(
        label=_("Bestand"),
        help_text=_(
            "Een businesscase in YAML of JSON (zie de documentatie) of een Excel-werkmap die "
            "Samen heeft gemaakt."
        ),
    )
    field_order = ["samenwerkingsverband", "bestand", "terrein", "besluit"]

    def __init__(self, *args: Any, verbanden: Any | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if verbanden is None:
            del self.fields["samenwerkingsverband"]
        else:
            self.fields["samenwerkingsverband"].queryset = verbanden  # type: ignore[attr-defined]


class KopForm(KoppelingForm):
    naam = forms.CharField(label=_("Naam"), max_length=200)
    omschrijving = forms.CharField(
        label=_("Omschrijving"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    startjaar = jaar_field(_("Startjaar"))
    looptijd = looptijd_field(
        label=_("Looptijd (jaren)"), help_text=_("Een scenario kan een eigen looptijd hebben.")
    )
    disconteringsvoet = procent_field(_("Disconteringsvoet (% per jaar)"))
    basislijn_indexatie = procent_field(
        _("Indexatie van de huidige kosten (% per jaar)"), minimum=-100, required=False
    )
    field_order = ["naam", "omschrijving", "startjaar", "looptijd", "disconteringsvoet",
                   "basislijn_indexatie", "terrein", "besluit"]  # fmt: skip


class PartnerForm(forms.Form):
    sleutel = forms.SlugField(label=_("Sleutel"), max_length=50, help_text=SLEUTEL_HULP)
    naam = forms.CharField(label=_("Naam"), max_length=200)
    basislijn = bedrag_field(_("Huidige kosten per jaar (€)"), required=False)

    def __init__(self, *args: Any, jaren: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for jaar in jaren:
            self.fields[f"inwoners_{jaar}"] = forms.IntegerField(
                label=gettext("Inwoners 1-1-%(jaar)s") % {"jaar": jaar},
                required=False,
                min_value=0,
                error_messages={"min_value": _("Het aantal inwoners kan niet negatief zijn.")},
            )


PartnerFormSet = forms.formset_factory(PartnerForm, extra=1, can_delete=True)


class SleutelForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), max_length=60)
    gelijk = procent_field(_("Gelijke delen (%)"), required=False)
    inwoners = procent_field(_("Naar inwoners (%)"), required=False)
    gebruik = procent_field(_("Naar gebruik (%)"), required=False)
    aandelen = procent_field(_("Afgesproken aandelen (%)"), required=False)
    peiljaar = jaar_field(_("Peiljaar inwoners"), required=False)
    eenheid = forms.CharField(label=_("Eenheid van gebruik"), max_length=60, required=False,
                              help_text=_("Bijvoorbeeld werkplekken of aanslagen."))  # fmt: skip
    deelnemers = forms.MultipleChoiceField(
        label=_("Deelnemers"), required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Niets aangevinkt: alle partners delen."),
    )  # fmt: skip
    omschrijving = forms.CharField(label=_("Omschrijving"), max_length=300, required=False)

    def __init__(self, *args: Any, partners: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.partners = partners
        self.fields["deelnemers"].choices = partners  # type: ignore[attr-defined]
        for sleutel, naam in partners:
            self.fields[f"eenheden_{sleutel}"] = GetalField(
                label=gettext("Eenheden %(naam)s") % {"naam": naam},
                minimum=Decimal(0),
                required=False,
            )
            self.fields[f"aandeel_{sleutel}"] = procent_field(
                gettext("Aandeel %(naam)s (%%)") % {"naam": naam}, required=False
            )

    def grondslag_velden(self) -> list[Any]:
        return [self[g.value] for g in Grondslag]

    def partner_rijen(self) -> list[tuple[str, Any, Any, Any]]:
        """Per partner: name, its 'deelnemer' checkbox, its units field, its share field."""
        vinkjes = list(self["deelnemers"])
        return [
            (naam, vinkjes[i], self[f"eenheden_{s}"], self[f"aandeel_{s}"])
            for i, (s, naam) in enumerate(self.partners)
        ]


SleutelFormSet = forms.formset_factory(SleutelForm, extra=1, can_delete=True)


class ScenarioForm(forms.Form):
    sleutel = forms.SlugField(label=_("Sleutel"), max_length=50, help_text=SLEUTEL_HULP)
    naam = forms.CharField(label=_("Naam"), max_length=200)
    looptijd = looptijd_field(
        label=_("Eigen looptijd (jaren)"),
        required=False,
        help_text=_("Leeg: de looptijd van de businesscase."),
    )
    omschrijving = forms.CharField(
        label=_("Omschrijving"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    kopie_van = forms.ChoiceField(label=_("Begin met de kostenregels van"), required=False)

    def __init__(
        self, *args: Any, kopie_keuzes: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if kopie_keuzes:
            self.fields["kopie_van"].choices = [("", gettext("(leeg beginnen)")), *kopie_keuzes]  # type: ignore[attr-defined]
        else:
            del self.fields["kopie_van"]


VERDELING_KEUZES = [("", _("geen bandbreedte")), *((v.value, v.value) for v in Verdeling)]


class RegelForm(forms.Form):
    naam = forms.CharField(label=_("Omschrijving"), max_length=200)
    soort = forms.ChoiceField(
        label=_("Soort"),
        choices=[(s.value, s.label) for s in Soort],
        initial=Soort.INVESTERING.value,
    )
    bedrag = bedrag_field(
        _("Bedrag (€)"),
        help_text=_("Een investering: het bedrag. Jaarlijks: het bedrag van het eerste jaar."),
    )
    jaar = jaar_field(_("Jaar / vanaf"), required=False, help_text=_("Leeg: het startjaar."))
    tot = jaar_field(
        _("Tot en met"), required=False, help_text=_("Alleen jaarlijks; leeg: elk jaar.")
    )
    indexatie = procent_field(_("Indexatie (% per jaar)"), minimum=-100, required=False)
    verdeelsleutel = forms.ChoiceField(label=_("Verdeelsleutel"))
    minimum = bedrag_field(_("Minimum (€)"), required=False)
    maximum = bedrag_field(_("Maximum (€)"), required=False)
    verdeling = forms.ChoiceField(label=_("Verdeling"), choices=VERDELING_KEUZES, required=False)
    toelichting = forms.CharField(label=_("Toelichting"), required=False)

    #: Minimum widths in the editor's table (rem), so that no field is squeezed unreadable.
    BREEDTES = {"naam": 16, "soort": 12, "bedrag": 9, "jaar": 5.5, "tot": 5.5, "indexatie": 5,
                "verdeelsleutel": 10, "minimum": 9, "maximum": 9, "verdeling": 10, "toelichting": 14}  # fmt: skip

    def __init__(self, *args: Any, sleutels: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["verdeelsleutel"].choices = [(s, s) for s in sleutels]  # type: ignore[attr-defined]
        self.fields["verdeelsleutel"].initial = (
            sleutels[0] if sleutels else None
        )  # an untouched row stays empty
        for naam in self.BREEDTES:
            self.fields[naam].widget.attrs["class"] = f"bc-regel-{naam}"  # widths: samen.css

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        heeft_band = data.get("minimum") is not None or data.get("maximum") is not None
        if heeft_band and (data.get("minimum") is None or data.get("maximum") is None):
            self.add_error("minimum" if data.get("minimum") is None else "maximum",
                           gettext("Een bandbreedte heeft een minimum én een maximum."))  # fmt: skip
        if data.get("verdeling") and not heeft_band:
            self.add_error(
                "verdeling", gettext("Kies een verdeling alleen bij een minimum en maximum.")
            )
        return data


RegelFormSet = forms.formset_factory(RegelForm, extra=3, can_delete=True)


class YamlForm(forms.Form):
    yaml = forms.CharField(
        label=_("De businesscase in YAML"),
        widget=forms.Textarea(
            attrs={
                "rows": 30,
                "spellcheck": "false",
                "wrap": "off",
                "class": "invoer-code",
            }
        ),
        help_text=_("Het formaat staat in de documentatie (docs/businesscase.md)."),
    )
    toelichting = forms.CharField(label=_("Wat is er veranderd?"), max_length=300, required=False)


class SimulatieForm(forms.Form):
    simulaties = forms.IntegerField(label=_("Aantal simulaties"), min_value=1, required=False)
    zaad = forms.IntegerField(
        label=_("Zaad (seed)"), min_value=0, max_value=2**32 - 1, required=False,
        help_text=_("Met hetzelfde zaad komen dezelfde uitkomsten."),
    )  # fmt: skip
