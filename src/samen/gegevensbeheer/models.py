"""Gegevensbeheer: shared data definitions (versioned) and validation runs per organisation.

A :class:`Definitieset` is one version of a set of definitions; a new version is a new record and
old versions stay, so a run always refers to the definitions it was checked against. Its tables
(:class:`Tabel`) hold fields (:class:`Veld`) with a type and constraints; keys and foreign keys
(to another table or a :class:`Referentielijst`) are kept on the table as in Table Schema.
A :class:`Validatierun` is one uploaded file of one organisation for one table, with its state,
timings, score and :class:`Bevinding` per constraint, kept over time.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Definitieset(models.Model):
    naam = models.SlugField(_("naam"), max_length=80)
    versie = models.PositiveIntegerField(_("versie"))
    titel = models.CharField(_("titel"), max_length=200, blank=True)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    aangemaakt_op = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("definitieset")
        verbose_name_plural = _("definitiesets")
        ordering = ["naam", "-versie"]
        constraints = [
            models.UniqueConstraint(fields=["naam", "versie"], name="definitieset_versie_uniek")
        ]

    def __str__(self) -> str:
        return f"{self.titel or self.naam} (versie {self.versie})"


class Referentielijst(models.Model):
    definitieset = models.ForeignKey(
        Definitieset, on_delete=models.CASCADE, related_name="referentielijsten"
    )
    naam = models.SlugField(_("naam"), max_length=80)
    titel = models.CharField(_("titel"), max_length=200, blank=True)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    waarden = models.JSONField(
        _("waarden"), default=list, help_text=_("lijst van [code, omschrijving]")
    )

    class Meta:
        verbose_name = _("referentielijst")
        verbose_name_plural = _("referentielijsten")
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["definitieset", "naam"], name="referentielijst_naam_uniek"
            )
        ]

    def __str__(self) -> str:
        return self.titel or self.naam


class Tabel(models.Model):
    definitieset = models.ForeignKey(
        Definitieset, on_delete=models.CASCADE, related_name="tabellen"
    )
    naam = models.SlugField(_("naam"), max_length=80)
    volgorde = models.PositiveIntegerField(_("volgorde"), default=0)
    titel = models.CharField(_("titel"), max_length=200, blank=True)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    primaire_sleutel = models.JSONField(_("primaire sleutel"), default=list, blank=True)
    unieke_sleutels = models.JSONField(_("unieke sleutels"), default=list, blank=True)
    verwijzingen = models.JSONField(
        _("verwijzingen"),
        default=list,
        blank=True,
        help_text=_("lijst van {velden, doel, doelvelden}"),
    )

    class Meta:
        verbose_name = _("tabel")
        verbose_name_plural = _("tabellen")
        ordering = ["definitieset", "volgorde", "naam"]
        constraints = [
            models.UniqueConstraint(fields=["definitieset", "naam"], name="tabel_naam_uniek")
        ]

    def __str__(self) -> str:
        return self.titel or self.naam


class Veld(models.Model):
    class Type(models.TextChoices):
        STRING = "string", _("tekst")
        INTEGER = "integer", _("geheel getal")
        NUMBER = "number", _("getal")
        BOOLEAN = "boolean", _("ja/nee")
        DATE = "date", _("datum")
        DATETIME = "datetime", _("datum en tijd")

    tabel = models.ForeignKey(Tabel, on_delete=models.CASCADE, related_name="velden")
    volgorde = models.PositiveIntegerField(_("volgorde"), default=0)
    naam = models.CharField(_("naam"), max_length=80)
    type = models.CharField(_("type"), max_length=10, choices=Type.choices, default=Type.STRING)
    titel = models.CharField(_("titel"), max_length=200, blank=True)
    beschrijving = models.TextField(_("beschrijving"), blank=True)
    verplicht = models.BooleanField(_("verplicht"), default=False)
    uniek = models.BooleanField(_("uniek"), default=False)
    patroon = models.CharField(_("patroon"), max_length=500, blank=True)
    enum = models.JSONField(_("toegestane waarden"), null=True, blank=True)
    minimum = models.CharField(_("minimum"), max_length=40, blank=True)
    maximum = models.CharField(_("maximum"), max_length=40, blank=True)
    min_lengte = models.PositiveIntegerField(_("minimale lengte"), null=True, blank=True)
    max_lengte = models.PositiveIntegerField(_("maximale lengte"), null=True, blank=True)

    class Meta:
        verbose_name = _("veld")
        verbose_name_plural = _("velden")
        ordering = ["tabel", "volgorde"]
        constraints = [models.UniqueConstraint(fields=["tabel", "naam"], name="veld_naam_uniek")]

    def __str__(self) -> str:
        return self.naam


class Validatierun(models.Model):
    class Status(models.TextChoices):
        WACHTRIJ = "wachtrij", _("in de wachtrij")
        BEZIG = "bezig", _("bezig")
        GEREED = "gereed", _("gereed")
        MISLUKT = "mislukt", _("mislukt")

    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="validatieruns"
    )
    tabel = models.ForeignKey(Tabel, on_delete=models.PROTECT, related_name="validatieruns")
    bestandsnaam = models.CharField(_("bestandsnaam"), max_length=255)
    grootte = models.PositiveBigIntegerField(_("grootte (bytes)"), default=0)
    formaat = models.CharField(_("formaat"), max_length=20, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WACHTRIJ
    )
    taak_id = models.CharField(_("taak"), max_length=64, blank=True)
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ingediend_op = models.DateTimeField(_("ingediend op"))
    gestart_op = models.DateTimeField(_("gestart op"), null=True, blank=True)
    gereed_op = models.DateTimeField(_("gereed op"), null=True, blank=True)
    duur_s = models.FloatField(_("duur (s)"), null=True, blank=True)
    rijen = models.PositiveBigIntegerField(_("rijen"), null=True, blank=True)
    schendingen = models.PositiveBigIntegerField(_("schendingen"), null=True, blank=True)
    conformiteit = models.FloatField(_("conformiteit (%)"), null=True, blank=True)
    meldingen = models.JSONField(_("meldingen"), default=list, blank=True)
    foutmelding = models.TextField(_("foutmelding"), blank=True)
    bestand = models.CharField(_("opgeslagen bestand"), max_length=500, blank=True)
    sleutelbestand = models.CharField(_("sleutelbestand"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("validatierun")
        verbose_name_plural = _("validatieruns")
        ordering = ["-ingediend_op", "-pk"]

    def __str__(self) -> str:
        return f"{self.tabel} – {self.organisatie} ({self.ingediend_op:%Y-%m-%d %H:%M})"


class Bevinding(models.Model):
    run = models.ForeignKey(Validatierun, on_delete=models.CASCADE, related_name="bevindingen")
    volgorde = models.PositiveIntegerField(default=0)
    beperking = models.CharField(_("beperking"), max_length=20)
    velden = models.JSONField(_("velden"), default=list)
    omschrijving = models.CharField(_("omschrijving"), max_length=300)
    aantal = models.PositiveBigIntegerField(_("aantal"))
    voorbeelden = models.JSONField(_("eerste rijen"), default=list)

    class Meta:
        verbose_name = _("bevinding")
        verbose_name_plural = _("bevindingen")
        ordering = ["run", "volgorde"]

    def __str__(self) -> str:
        return f"{self.beperking} {', '.join(self.velden)}: {self.aantal}"
