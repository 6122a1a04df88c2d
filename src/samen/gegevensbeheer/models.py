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


class Definitieset(models.Model):
    naam = models.SlugField("naam", max_length=80)
    versie = models.PositiveIntegerField("versie")
    titel = models.CharField("titel", max_length=200, blank=True)
    beschrijving = models.TextField("beschrijving", blank=True)
    aangemaakt_op = models.DateTimeField("aangemaakt op", auto_now_add=True)

    class Meta:
        verbose_name = "definitieset"
        verbose_name_plural = "definitiesets"
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
    naam = models.SlugField("naam", max_length=80)
    titel = models.CharField("titel", max_length=200, blank=True)
    beschrijving = models.TextField("beschrijving", blank=True)
    waarden = models.JSONField("waarden", default=list, help_text="lijst van [code, omschrijving]")

    class Meta:
        verbose_name = "referentielijst"
        verbose_name_plural = "referentielijsten"
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
    naam = models.SlugField("naam", max_length=80)
    volgorde = models.PositiveIntegerField("volgorde", default=0)
    titel = models.CharField("titel", max_length=200, blank=True)
    beschrijving = models.TextField("beschrijving", blank=True)
    primaire_sleutel = models.JSONField("primaire sleutel", default=list, blank=True)
    unieke_sleutels = models.JSONField("unieke sleutels", default=list, blank=True)
    verwijzingen = models.JSONField(
        "verwijzingen", default=list, blank=True, help_text="lijst van {velden, doel, doelvelden}"
    )

    class Meta:
        verbose_name = "tabel"
        verbose_name_plural = "tabellen"
        ordering = ["definitieset", "volgorde", "naam"]
        constraints = [
            models.UniqueConstraint(fields=["definitieset", "naam"], name="tabel_naam_uniek")
        ]

    def __str__(self) -> str:
        return self.titel or self.naam


class Veld(models.Model):
    class Type(models.TextChoices):
        STRING = "string", "tekst"
        INTEGER = "integer", "geheel getal"
        NUMBER = "number", "getal"
        BOOLEAN = "boolean", "ja/nee"
        DATE = "date", "datum"
        DATETIME = "datetime", "datum en tijd"

    tabel = models.ForeignKey(Tabel, on_delete=models.CASCADE, related_name="velden")
    volgorde = models.PositiveIntegerField("volgorde", default=0)
    naam = models.CharField("naam", max_length=80)
    type = models.CharField("type", max_length=10, choices=Type.choices, default=Type.STRING)
    titel = models.CharField("titel", max_length=200, blank=True)
    beschrijving = models.TextField("beschrijving", blank=True)
    verplicht = models.BooleanField("verplicht", default=False)
    uniek = models.BooleanField("uniek", default=False)
    patroon = models.CharField("patroon", max_length=500, blank=True)
    enum = models.JSONField("toegestane waarden", null=True, blank=True)
    minimum = models.CharField("minimum", max_length=40, blank=True)
    maximum = models.CharField("maximum", max_length=40, blank=True)
    min_lengte = models.PositiveIntegerField("minimale lengte", null=True, blank=True)
    max_lengte = models.PositiveIntegerField("maximale lengte", null=True, blank=True)

    class Meta:
        verbose_name = "veld"
        verbose_name_plural = "velden"
        ordering = ["tabel", "volgorde"]
        constraints = [models.UniqueConstraint(fields=["tabel", "naam"], name="veld_naam_uniek")]

    def __str__(self) -> str:
        return self.naam


class Validatierun(models.Model):
    class Status(models.TextChoices):
        WACHTRIJ = "wachtrij", "in de wachtrij"
        BEZIG = "bezig", "bezig"
        GEREED = "gereed", "gereed"
        MISLUKT = "mislukt", "mislukt"

    organisatie = models.ForeignKey(
        "organisaties.Organisatie", on_delete=models.PROTECT, related_name="validatieruns"
    )
    tabel = models.ForeignKey(Tabel, on_delete=models.PROTECT, related_name="validatieruns")
    bestandsnaam = models.CharField("bestandsnaam", max_length=255)
    grootte = models.PositiveBigIntegerField("grootte (bytes)", default=0)
    formaat = models.CharField("formaat", max_length=20, blank=True)
    status = models.CharField(
        "status", max_length=10, choices=Status.choices, default=Status.WACHTRIJ
    )
    taak_id = models.CharField("taak", max_length=64, blank=True)
    ingediend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ingediend_op = models.DateTimeField("ingediend op")
    gestart_op = models.DateTimeField("gestart op", null=True, blank=True)
    gereed_op = models.DateTimeField("gereed op", null=True, blank=True)
    duur_s = models.FloatField("duur (s)", null=True, blank=True)
    rijen = models.PositiveBigIntegerField("rijen", null=True, blank=True)
    schendingen = models.PositiveBigIntegerField("schendingen", null=True, blank=True)
    conformiteit = models.FloatField("conformiteit (%)", null=True, blank=True)
    meldingen = models.JSONField("meldingen", default=list, blank=True)
    foutmelding = models.TextField("foutmelding", blank=True)
    bestand = models.CharField("opgeslagen bestand", max_length=500, blank=True)
    sleutelbestand = models.CharField("sleutelbestand", max_length=500, blank=True)

    class Meta:
        verbose_name = "validatierun"
        verbose_name_plural = "validatieruns"
        ordering = ["-ingediend_op", "-pk"]

    def __str__(self) -> str:
        return f"{self.tabel} – {self.organisatie} ({self.ingediend_op:%Y-%m-%d %H:%M})"


class Bevinding(models.Model):
    run = models.ForeignKey(Validatierun, on_delete=models.CASCADE, related_name="bevindingen")
    volgorde = models.PositiveIntegerField(default=0)
    beperking = models.CharField("beperking", max_length=20)
    velden = models.JSONField("velden", default=list)
    omschrijving = models.CharField("omschrijving", max_length=300)
    aantal = models.PositiveBigIntegerField("aantal")
    voorbeelden = models.JSONField("eerste rijen", default=list)

    class Meta:
        verbose_name = "bevinding"
        verbose_name_plural = "bevindingen"
        ordering = ["run", "volgorde"]

    def __str__(self) -> str:
        return f"{self.beperking} {', '.join(self.velden)}: {self.aantal}"
