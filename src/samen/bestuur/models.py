"""Governance: bodies, meetings, decisions, motions and the college's commitments to the council."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from samen.core.dates import DatumPrecisie
from samen.core.models import PRECISIE_CHOICES, Geregistreerd


class Orgaan(Geregistreerd):
    class Soort(models.TextChoices):
        RAAD = "raad", "gemeenteraad"
        RAADSCOMMISSIE = "raadscommissie", "raadscommissie"
        COLLEGE = "college", "college van B&W"
        STUURGROEP = "stuurgroep", "stuurgroep"
        BURGEMEESTERSOVERLEG = "burgemeestersoverleg", "burgemeestersoverleg"
        WERKGROEP = "werkgroep", "werkgroep"

    naam = models.CharField("naam", max_length=200)
    slug = models.SlugField("korte naam", unique=True)
    soort = models.CharField("soort", max_length=30, choices=Soort.choices)
    organisatie = models.ForeignKey(
        "organisaties.Organisatie",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organen",
        help_text="Voor een orgaan van één organisatie, zoals de raad of het college.",
    )
    samenwerkingsverband = models.ForeignKey(
        "organisaties.Samenwerkingsverband",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organen",
        help_text="Voor een orgaan van een samenwerkingsverband, zoals de stuurgroep.",
    )
    samenstelling = models.TextField("samenstelling", blank=True)

    class Meta:
        ordering = ["naam"]
        verbose_name = "orgaan"
        verbose_name_plural = "organen"
        constraints = [
            models.CheckConstraint(
                condition=Q(organisatie__isnull=False) | Q(samenwerkingsverband__isnull=False),
                name="orgaan_hoort_bij_organisatie_of_verband",
                violation_error_message="Een orgaan hoort bij een organisatie of een samenwerkingsverband.",
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Vergadering(Geregistreerd):
    """A meeting of one or more bodies together (e.g. stuurgroep DSZ with the mayors)."""

    organen = models.ManyToManyField(Orgaan, related_name="vergaderingen")
    datum = models.DateField("datum")
    datumprecisie = models.CharField(
        "precisie van de datum", max_length=20, choices=PRECISIE_CHOICES, default=DatumPrecisie.DAG
    )
    omschrijving = models.CharField("omschrijving", max_length=300, blank=True)

    class Meta:
        ordering = ["-datum", "-id"]
        verbose_name = "vergadering"
        verbose_name_plural = "vergaderingen"

    def __str__(self) -> str:
        return self.omschrijving or f"Vergadering van {self.datum}"


class Besluit(Geregistreerd):
    class Uitkomst(models.TextChoices):
        AKKOORD = "akkoord", "akkoord"
        OPDRACHT = "opdracht", "opdracht gegeven"
        AANGEHOUDEN = "aangehouden", "aangehouden"
        AFGEWEZEN = "afgewezen", "afgewezen"

    vergadering = models.ForeignKey(Vergadering, on_delete=models.PROTECT, related_name="besluiten")
    terrein = models.ForeignKey(
        "terreinen.Samenwerkingsterrein",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="besluiten",
        verbose_name="samenwerkingsterrein",
    )
    onderwerp = models.CharField("onderwerp", max_length=300)
    uitkomst = models.CharField("uitkomst", max_length=20, choices=Uitkomst.choices)
    tekst = models.TextField("besluit")

    class Meta:
        ordering = ["-vergadering__datum", "-id"]
        verbose_name = "besluit"
        verbose_name_plural = "besluiten"

    def __str__(self) -> str:
        return self.onderwerp


class Motie(Geregistreerd):
    orgaan = models.ForeignKey(Orgaan, on_delete=models.PROTECT, related_name="moties")
    datum = models.DateField("aangenomen op")
    titel = models.CharField("titel", max_length=300)
    verzoek = models.TextField("wat de motie vraagt")

    class Meta:
        ordering = ["-datum"]
        verbose_name = "motie"
        verbose_name_plural = "moties"

    def __str__(self) -> str:
        return self.titel


class Toezegging(Geregistreerd):
    """A commitment of the college to the council. Its status is computed, never stored."""

    orgaan = models.ForeignKey(
        Orgaan, on_delete=models.PROTECT, related_name="toezeggingen", help_text="Wie toezegt."
    )
    aan = models.ForeignKey(
        Orgaan,
        on_delete=models.PROTECT,
        related_name="ontvangen_toezeggingen",
        help_text="Aan wie is toegezegd, meestal de raad.",
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
        verbose_name="samenwerkingsterrein",
        help_text="Alleen als de toezegging over één samenwerkingsterrein gaat.",
    )
    omschrijving = models.TextField("omschrijving")
    gedaan_op = models.DateField("toegezegd op")
    vervaldatum = models.DateField("uiterlijk op")
    vervaldatum_precisie = models.CharField(
        "precisie van de vervaldatum",
        max_length=20,
        choices=PRECISIE_CHOICES,
        default=DatumPrecisie.DAG,
    )
    nagekomen_op = models.DateField("nagekomen op", null=True, blank=True)
    nagekomen_toelichting = models.TextField("hoe nagekomen", blank=True)

    class Meta:
        ordering = ["vervaldatum", "id"]
        verbose_name = "toezegging"
        verbose_name_plural = "toezeggingen"
        constraints = [
            models.CheckConstraint(
                condition=Q(vervaldatum__gte=models.F("gedaan_op")),
                name="toezegging_vervalt_na_toezegging",
                violation_error_message="De termijn kan niet vóór de datum van de toezegging liggen.",
            ),
            models.CheckConstraint(
                condition=Q(nagekomen_op__isnull=True) | Q(nagekomen_op__gte=models.F("gedaan_op")),
                name="toezegging_nagekomen_na_toezegging",
                violation_error_message="Een toezegging kan niet zijn nagekomen vóór zij is gedaan.",
            ),
        ]

    def __str__(self) -> str:
        return self.omschrijving[:80]
