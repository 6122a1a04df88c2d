"""Organisations, their people, alliances and memberships: the parties of a cooperation."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from samen.core.models import Geregistreerd, Tijdvak


class Organisatie(Geregistreerd):
    class Soort(models.TextChoices):
        GEMEENTE = "gemeente", _("gemeente")
        PROVINCIE = "provincie", _("provincie")
        SAMENWERKINGSORGANISATIE = "samenwerkingsorganisatie", _("samenwerkingsorganisatie")

    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"), unique=True)
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    cbs_code = models.CharField(
        _("CBS-code"),
        max_length=6,
        blank=True,
        help_text=_("Gemeentecode (GM0148) of provinciecode (PV23) van het CBS."),
    )
    website = models.URLField(_("website"), blank=True)
    adres = models.CharField(_("bezoekadres"), max_length=200, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [
            models.UniqueConstraint(
                fields=["cbs_code"],
                condition=~Q(cbs_code=""),
                name="organisatie_cbs_code_uniek",
                violation_error_message=_("Er is al een organisatie met deze CBS-code."),
            ),
            models.CheckConstraint(
                condition=Q(cbs_code="") | Q(cbs_code__regex=r"^(GM[0-9]{4}|PV[0-9]{2})$"),
                name="organisatie_cbs_code_vorm",
                violation_error_message=_(
                    "Een CBS-code is GM met vier cijfers (gemeente, bijvoorbeeld GM0148) "
                    "of PV met twee cijfers (provincie, bijvoorbeeld PV23)."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.naam


class Inwonertal(models.Model):
    """Inhabitants of an organisation on 1 January of a year (CBS), for allocation keys."""

    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="inwonertallen"
    )
    jaar = models.PositiveSmallIntegerField(_("jaar"))
    aantal = models.PositiveIntegerField(_("aantal inwoners"))
    bron = models.CharField(_("bron"), max_length=200, blank=True)

    class Meta:
        ordering = ["organisatie", "jaar"]
        verbose_name = _("inwonertal")
        verbose_name_plural = _("inwonertallen")
        constraints = [
            models.UniqueConstraint(
                fields=["organisatie", "jaar"], name="inwonertal_uniek_per_jaar"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisatie}: {self.aantal} inwoners op 1 januari {self.jaar}"


class Persoon(Geregistreerd, Tijdvak):
    """A contact person in a function at an organisation, for the period given."""

    titel = models.CharField(
        _("titel"), max_length=40, blank=True, help_text=_("Bijvoorbeeld drs.")
    )
    voorletters = models.CharField(_("voorletters"), max_length=20, blank=True)
    roepnaam = models.CharField(_("roepnaam"), max_length=60, blank=True)
    tussenvoegsel = models.CharField(_("tussenvoegsel"), max_length=20, blank=True)
    achternaam = models.CharField(_("achternaam"), max_length=100)
    organisatie = models.ForeignKey(Organisatie, on_delete=models.PROTECT, related_name="personen")
    functie = models.CharField(_("functie"), max_length=200)
    email = models.EmailField(_("e-mailadres"), blank=True)
    telefoon = models.CharField(_("telefoonnummer"), max_length=40, blank=True)

    class Meta:
        ordering = ["achternaam", "roepnaam"]
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")

    def __str__(self) -> str:
        return self.naam

    @property
    def naam(self) -> str:
        return " ".join(p for p in (self.roepnaam, self.tussenvoegsel, self.achternaam) if p)

    @property
    def formele_naam(self) -> str:
        """``drs. H.C.P. Noten``, as a signature block has it."""
        parts = (self.titel, self.voorletters, self.tussenvoegsel, self.achternaam)
        return " ".join(p for p in parts if p)


class Samenwerkingsverband(Geregistreerd):
    naam = models.CharField(_("naam"), max_length=200)
    afkorting = models.CharField(_("afkorting"), max_length=40, blank=True)
    slug = models.SlugField(_("korte naam"), unique=True)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    opgericht_op = models.DateField(_("opgericht op"), null=True, blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("samenwerkingsverband")
        verbose_name_plural = _("samenwerkingsverbanden")

    def __str__(self) -> str:
        return self.afkorting or self.naam


class Lidmaatschap(Geregistreerd, Tijdvak):
    """An organisation's relation to an alliance over a period."""

    class Status(models.TextChoices):
        LID = "lid", _("lid")
        VERKENT = "verkent", _("verkent")
        VOLGT = "volgt", _("volgt")
        UITGENODIGD = "uitgenodigd", _("uitgenodigd")
        SLUIT_NIET_AAN = "sluit_niet_aan", _("sluit niet aan")

    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, related_name="lidmaatschappen"
    )
    samenwerkingsverband = models.ForeignKey(
        Samenwerkingsverband, on_delete=models.CASCADE, related_name="lidmaatschappen"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    toelichting = models.TextField(_("toelichting"), blank=True)

    class Meta:
        ordering = ["samenwerkingsverband", "organisatie", "begindatum"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.CheckConstraint(
                condition=Q(einddatum__isnull=True) | Q(einddatum__gt=models.F("begindatum")),
                name="lidmaatschap_einde_na_begin",
                violation_error_message=_("De einddatum moet na de begindatum liggen."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisatie} {self.get_status_display()} {self.samenwerkingsverband}"

    def clean(self) -> None:
        """One relation per organisation and alliance at a time (also for the admin's forms)."""
        if not (self.organisatie_id and self.samenwerkingsverband_id and self.begindatum):
            return
        if self.einddatum is not None and self.einddatum <= self.begindatum:
            return  # the constraint gives the message
        overlap = (
            Lidmaatschap.objects.filter(
                organisatie_id=self.organisatie_id,
                samenwerkingsverband_id=self.samenwerkingsverband_id,
            )
            .exclude(pk=self.pk)
            .overlappend(self.begindatum, self.einddatum)
            .first()
        )
        if overlap is not None:
            from samen.core.dates import format_datum

            waarden = {
                "organisatie": self.organisatie,
                "verband": self.samenwerkingsverband,
                "status": overlap.get_status_display(),
                "begin": format_datum(overlap.begindatum),
            }
            if overlap.einddatum:
                bericht = gettext(
                    "%(organisatie)s heeft in deze periode al een relatie met %(verband)s: "
                    "'%(status)s' vanaf %(begin)s tot %(eind)s. Beëindig die eerst of kies een "
                    "andere periode."
                ) % {**waarden, "eind": format_datum(overlap.einddatum)}
            else:
                bericht = (
                    gettext(
                        "%(organisatie)s heeft in deze periode al een relatie met %(verband)s: "
                        "'%(status)s' vanaf %(begin)s. Beëindig die eerst of kies een andere periode."
                    )
                    % waarden
                )
            raise ValidationError({"begindatum": bericht})
