"""Forms of gegevensbeheer: the upload and the import of a definition set."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class UploadForm(forms.Form):
    organisatie = forms.ChoiceField(label=_("Organisatie"))
    tabel = forms.ChoiceField(
        label=_("Tabel"), help_text=_("De tabel van de gedeelde definities waartegen u aanlevert.")
    )
    bestand = forms.FileField(
        label=_("Bestand"),
        help_text=_(
            "CSV (scheidingsteken komma, puntkomma, tab of |; UTF-8, UTF-16 of Windows-1252), Excel (.xlsx) of Parquet."
        ),
    )

    def __init__(
        self, *args: Any, organisaties: list[Any], tabellen: list[Any], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        organisatie_veld: Any = self.fields["organisatie"]
        tabel_veld: Any = self.fields["tabel"]
        organisatie_veld.choices = [(o.slug, o.naam) for o in organisaties]
        tabel_veld.choices = [
            (
                str(t.pk),
                gettext("%(tabel)s (%(definitieset)s, versie %(versie)s)")
                % {
                    "tabel": t.titel or t.naam,
                    "definitieset": t.definitieset.titel or t.definitieset.naam,
                    "versie": t.definitieset.versie,
                },
            )
            for t in tabellen
        ]


class DefinitieImportForm(forms.Form):
    bestand = forms.FileField(
        label=_("Definitie (JSON)"),
        help_text=_(
            "Een Frictionless Data Package of Table Schema. Een set met dezelfde naam krijgt een nieuwe versie; oude versies blijven."
        ),
    )
