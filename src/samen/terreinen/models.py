"""Domains of cooperation and their progress: working groups, phases, updates and milestones.

Nothing here is overwritten: a phase change, a progress update and a re-planning are each a new
dated record, so the state on any peildatum can be read back (see ``selectors``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from samen.core.dates import DatumPrecisie
from samen.core.models import PRECISIE_CHOICES, Geregistreerd, Tijdvak


class Fase(models.TextChoices):
    VERKENNING = "verkenning", _("verkenning")
    BUSINESSCASE = "businesscase", _("businesscase")
    BESLUITVORMING = "besluitvorming", _("besluitvorming")
    UITVOERING = "uitvoering", _("uitvoering")
    EVALUATIE = "evaluatie", _("evaluatie")
    OPSCHALING = "opschaling", _("opschaling")
    GESTOPT = "gestopt", _("gestopt")


class Samenwerkingsterrein(Geregistreerd):
    samenwerkingsverband = models.ForeignKey(
        "organisaties.Samenwerkingsverband", on_delete=models.CASCADE, related_name="terreinen"
    )
    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"))
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["samenwerkingsverband", "volgorde", "naam"]
        verbose_name = _("samenwerkingsterrein")
        verbose_name_plural = _("samenwerkingsterreinen")
        constraints = [
            models.UniqueConstraint(
                fields=["samenwerkingsverband", "slug"],
                name="terrein_slug_uniek_per_verband",
                violation_error_message=_(
                    "Dit samenwerkingsverband heeft al een terrein met deze korte naam."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Werkgroep(Geregistreerd, Tijdvak):
    terrein = models.ForeignKey(
        Samenwerkingsterrein, on_delete=models.CASCADE, related_name="werkgroepen"
    )
    naam = models.CharField(_("naam"), max_length=200)
    trekker = models.ForeignKey(
        "organisaties.Organisatie",
        on_delete=models.PROTECT,
        related_name="getrokken_werkgroepen",
        null=True,
        blank=True,
        verbose_name=_("trekker"),
        help_text=_("De organisatie die de werkgroep leidt."),
    )

    class Meta:
        ordering = ["terrein", "begindatum"]
        verbose_name = _("werkgroep")
        verbose_name_plural = _("werkgroepen")

    def __str__(self) -> str:
        return self.naam


class Werkgroeplid(Tijdvak):
    class Rol(models.TextChoices):
        VOORZITTER = "voorzitter", _("voorzitter")
        LID = "lid", _("lid")
        SECRETARIS = "secretaris", _("secretaris")

    werkgroep = models.ForeignKey(Werkgroep, on_delete=models.CASCADE, related_name="leden")
    persoon = models.ForeignKey(
        "organisaties.Persoon", on_delete=models.PROTECT, related_name="werkgroeplidmaatschappen"
    )
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices, default=Rol.LID)

    class Meta:
        ordering = ["werkgroep", "rol", "begindatum"]
        verbose_name = _("werkgroeplid")
        verbose_name_plural = _("werkgroepleden")


class Fasewijziging(Geregistreerd):
    """The domain enters ``fase`` on ``datum``; the phase on a date is the last change before it."""

    terrein = models.ForeignKey(
        Samenwerkingsterrein, on_delete=models.CASCADE, related_name="fasewijzigingen"
    )
    fase = models.CharField(_("fase"), max_length=20, choices=Fase.choices)
    datum = models.DateField(_("datum"))
    datumprecisie = models.CharField(
        _("precisie van de datum"),
        max_length=20,
        choices=PRECISIE_CHOICES,
        default=DatumPrecisie.DAG,
    )
    toelichting = models.TextField(_("toelichting"), blank=True)

    class Meta:
        ordering = ["terrein", "datum", "id"]
        get_latest_by = ["datum", "id"]
        verbose_name = _("fasewijziging")
        verbose_name_plural = _("fasewijzigingen")

    def __str__(self) -> str:
        return f"{self.terrein}: {self.get_fase_display()} vanaf {self.datum}"


class Voortgangsbericht(Geregistreerd):
    terrein = models.ForeignKey(
        Samenwerkingsterrein, on_delete=models.CASCADE, related_name="voortgangsberichten"
    )
    datum = models.DateField(_("datum"))
    datumprecisie = models.CharField(
        _("precisie van de datum"),
        max_length=20,
        choices=PRECISIE_CHOICES,
        default=DatumPrecisie.DAG,
    )
    titel = models.CharField(_("titel"), max_length=200)
    tekst = models.TextField(_("tekst"))
    vertraging = models.TextField(
        _("reden van vertraging"),
        blank=True,
        help_text=_("Alleen invullen als het werk vertraagd is."),
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-datum", "-id"]
        indexes = [
            models.Index(fields=["terrein", "datum"], name="voortgang_terrein_datum"),
            # The API's and the register's newest-first pages across domains; the domain in the
            # index lets a page skip another alliance's updates without reading their rows.
            models.Index(fields=["datum", "id", "terrein"], name="voortgang_datum_id_terrein"),
        ]
        verbose_name = _("voortgangsbericht")
        verbose_name_plural = _("voortgangsberichten")

    def __str__(self) -> str:
        return self.titel

    @property
    def is_vertraagd(self) -> bool:
        return bool(self.vertraging.strip())


class Mijlpaal(Geregistreerd):
    """A milestone. Its planned date lives in ``planningen``: the first one and every re-planning."""

    terrein = models.ForeignKey(
        Samenwerkingsterrein, on_delete=models.CASCADE, related_name="mijlpalen"
    )
    naam = models.CharField(_("naam"), max_length=200)
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    startdatum = models.DateField(_("startdatum"), null=True, blank=True)
    werkelijke_datum = models.DateField(_("werkelijk bereikt op"), null=True, blank=True)

    class Meta:
        ordering = ["terrein", "id"]
        verbose_name = _("mijlpaal")
        verbose_name_plural = _("mijlpalen")
        constraints = [
            models.CheckConstraint(
                condition=Q(startdatum__isnull=True)
                | Q(werkelijke_datum__isnull=True)
                | Q(werkelijke_datum__gte=models.F("startdatum")),
                name="mijlpaal_gereed_na_start",
                violation_error_message=_("Een mijlpaal kan niet gereed zijn vóór de start."),
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Mijlpaalplanning(Geregistreerd):
    """On ``vastgesteld_op`` the milestone was (re)planned for ``geplande_datum``, for ``reden``."""

    mijlpaal = models.ForeignKey(Mijlpaal, on_delete=models.CASCADE, related_name="planningen")
    vastgesteld_op = models.DateField(_("vastgesteld op"))
    geplande_datum = models.DateField(_("geplande datum"))
    datumprecisie = models.CharField(
        _("precisie van de geplande datum"),
        max_length=20,
        choices=PRECISIE_CHOICES,
        default=DatumPrecisie.DAG,
    )
    reden = models.TextField(_("reden"), blank=True)

    class Meta:
        ordering = ["mijlpaal", "vastgesteld_op", "id"]
        verbose_name = _("planning van een mijlpaal")
        verbose_name_plural = _("planningen van mijlpalen")

    def __str__(self) -> str:
        return (
            f"{self.mijlpaal}: gepland op {self.geplande_datum} (vastgesteld {self.vastgesteld_op})"
        )
