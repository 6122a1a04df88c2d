"""Governance: bodies, meetings, decisions, motions and the college's commitments to the council."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from samen.core.dates import DatumPrecisie
from samen.core.models import PRECISIE_CHOICES, Geregistreerd


class Orgaan(Geregistreerd):
    class Soort(models.TextChoices):
        RAAD = "raad", _("gemeenteraad")
        RAADSCOMMISSIE = "raadscommissie", _("raadscommissie")
        COLLEGE = "college", _("college van B&W")
        STUURGROEP = "stuurgroep", _("stuurgroep")
        BURGEMEESTERSOVERLEG = "burgemeestersoverleg", _("burgemeestersoverleg")
        WERKGROEP = "werkgroep", _("werkgroep")

    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("korte naam"), unique=True)
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    organisatie = models.ForeignKey(
        "organisaties.Organisatie",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organen",
        help_text=_("Voor een orgaan van één organisatie, zoals de raad of het college."),
    )
    samenwerkingsverband = models.ForeignKey(
        "organisaties.Samenwerkingsverband",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organen",
        help_text=_("Voor een orgaan van een samenwerkingsverband, zoals de stuurgroep."),
    )
    samenstelling = models.TextField(_("samenstelling"), blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = _("orgaan")
        verbose_name_plural = _("organen")
        constraints = [
            models.CheckConstraint(
                condition=Q(organisatie__isnull=False) | Q(samenwerkingsverband__isnull=False),
                name="orgaan_hoort_bij_organisatie_of_verband",
                violation_error_message=_(
                    "Een orgaan hoort bij een organisatie of een samenwerkingsverband."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Vergadering(Geregistreerd):
    """A meeting of one or more bodies together (e.g. stuurgroep DSZ with the mayors)."""

    organen = models.ManyToManyField(Orgaan, related_name="vergaderingen")
    datum = models.DateField(_("datum"))
    datumprecisie = models.CharField(
        _("precisie van de datum"),
        max_length=20,
        choices=PRECISIE_CHOICES,
        default=DatumPrecisie.DAG,
    )
    omschrijving = models.CharField(_("omschrijving"), max_length=300, blank=True)

    class Meta:
        ordering = ["-datum", "-id"]
        verbose_name = _("vergadering")
        verbose_name_plural = _("vergaderingen")

    def __str__(self) -> str:
        return self.omschrijving or f"Vergadering van {self.datum}"


class Besluit(Geregistreerd):
    class Uitkomst(models.TextChoices):
        AKKOORD = "akkoord", _("akkoord")
        OPDRACHT = "opdracht", _("opdracht gegeven")
        AANGEHOUDEN = "aangehouden", _("aangehouden")
        AFGEWEZEN = "afgewezen", _("afgewezen")

    vergadering = models.ForeignKey(Vergadering, on_delete=models.PROTECT, related_name="besluiten")
    terrein = models.ForeignKey(
        "terreinen.Samenwerkingsterrein",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="besluiten",
        verbose_name=_("samenwerkingsterrein"),
    )
    onderwerp = models.CharField(_("onderwerp"), max_length=300)
    uitkomst = models.CharField(_("uitkomst"), max_length=20, choices=Uitkomst.choices)
    tekst = models.TextField(_("besluit"))

    class Meta:
        ordering = ["-vergadering__datum", "-id"]
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")

    def __str__(self) -> str:
        return self.onderwerp


class Motie(Geregistreerd):
    orgaan = models.ForeignKey(Orgaan, on_delete=models.PROTECT, related_name="moties")
    datum = models.DateField(_("aangenomen op"))
    titel = models.CharField(_("titel"), max_length=300)
    verzoek = models.TextField(_("wat de motie vraagt"))

    class Meta:
        ordering = ["-datum"]
        verbose_name = _("motie")
        verbose_name_plural = _("moties")

    def __str__(self) -> str:
        return self.titel


class Toezegging(Geregistreerd):
    """A commitment of the college to the council. Its status is computed, never stored."""

    orgaan = models.ForeignKey(
        Orgaan, on_delete=models.PROTECT, related_name="toezeggingen", help_text=_("Wie toezegt.")
    )
    aan = models.ForeignKey(
        Orgaan,
        on_delete=models.PROTECT,
        related_name="ontvangen_toezeggingen",
        help_text=_("Aan wie is toegezegd, meestal de raad."),
    )
    motie = models.ForeignKey(
        Motie, on_delete=models.SET_NULL, null=True, blank=True, related_name="toezeggingen"
    )
    terrein = models.ForeignKey(
        "terreinen.Samenwerkingsterrein",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="toezeggingen",
        verbose_name=_("samenwerkingsterrein"),
        help_text=_("Alleen als de toezegging over één samenwerkingsterrein gaat."),
    )
    omschrijving = models.TextField(_("omschrijving"))
    gedaan_op = models.DateField(_("toegezegd op"))
    vervaldatum = models.DateField(_("uiterlijk op"))
    vervaldatum_precisie = models.CharField(
        _("precisie van de vervaldatum"),
        max_length=20,
        choices=PRECISIE_CHOICES,
        default=DatumPrecisie.DAG,
    )
    nagekomen_op = models.DateField(_("nagekomen op"), null=True, blank=True)
    nagekomen_toelichting = models.TextField(_("hoe nagekomen"), blank=True)

    class Meta:
        ordering = ["vervaldatum", "id"]
        verbose_name = _("toezegging")
        verbose_name_plural = _("toezeggingen")
        constraints = [
            models.CheckConstraint(
                condition=Q(vervaldatum__gte=models.F("gedaan_op")),
                name="toezegging_vervalt_na_toezegging",
                violation_error_message=_(
                    "De termijn kan niet vóór de datum van de toezegging liggen."
                ),
            ),
            models.CheckConstraint(
                condition=Q(nagekomen_op__isnull=True) | Q(nagekomen_op__gte=models.F("gedaan_op")),
                name="toezegging_nagekomen_na_toezegging",
                violation_error_message=_(
                    "Een toezegging kan niet zijn nagekomen vóór zij is gedaan."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.omschrijving[:80]
