"""The DSZ demo's business case: the ICT business plan of May 2012.

The September 2012 status note says: the ICT pool manager presented the ICT business plan
(three years of cooperation, then upscaling to the SSC); a period of three years proved too
short to earn back the investments; for Dalfsen the extra costs would have been "ruim
€ 200.000 per jaar (dus in totaal € 600.000 extra kosten)"; so steering group and mayors
decided, medio mei 2012, to continue ICT cooperation practically, without a pool.

Only that outcome comes from the source. The build-up of the case (the investments, costs and
savings, the ranges, the baseline ICT costs, the workstations) is a reconstruction for the
demo, chosen so that the three-year pool costs Dalfsen a little over € 200.000 a year
(€ 611.506 over three years) and does not pay back within three years: only after six years
(2018). The inhabitants come from the register. The other scenarios (a five-year pool,
practical cooperation without a pool, which is what was decided, and joining the SSC later)
are reconstructions too, to compare with.

:func:`load_ict_case` is idempotent: it does nothing when the case exists.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from samen.bestuur.models import Besluit
from samen.bestuur.selectors import besluiten_in_periode
from samen.businesscase.models import Businesscase
from samen.businesscase.services import businesscase_create
from samen.organisaties.selectors import inwonertal_op, organisatie_get, samenwerkingsverband_get
from samen.terreinen.selectors import terrein_get

SLUG = "ict-businessplan-2012"
PEILJAAR = 2012
GEMEENTEN = (
    ("dalfsen", 2_150_000),
    ("staphorst", 1_350_000),
    ("zwartewaterland", 1_800_000),
)  # slug, ICT costs today per year (assumed for the demo)

OMSCHRIJVING = (
    "Het businessplan ICT van de ICT-poolmanager (mei 2012): drie jaar samenwerking in een "
    "ICT-pool, daarna opschalen naar het SSC. De stuurgroep DSZ en de burgemeesters hebben het "
    "medio mei 2012 afgewezen: drie jaar is te kort om de investeringen terug te verdienen; voor "
    "Dalfsen zou het ruim € 200.000 per jaar extra kosten, € 600.000 in totaal. Alleen die "
    "uitkomst komt uit de bron (de notitie van september 2012). De opbouw van de bedragen, de "
    "bandbreedtes, de huidige ICT-kosten en de werkplekken zijn een reconstructie voor de demo."
)


def _pool(looptijd_tekst: str) -> list[dict[str, Any]]:
    return [
        {"naam": "Harmonisatie ICT-infrastructuur (één netwerk, één rekencentrum)", "soort": "investering",
         "jaar": 2013, "bedrag": 1_420_000, "verdeelsleutel": "vast-variabel",
         "bandbreedte": {"minimum": 1_200_000, "maximum": 1_950_000, "verdeling": "pert"},
         "toelichting": "Aanname voor de demo."},
        {"naam": "Conversie en migratie van applicaties", "soort": "investering", "jaar": 2013,
         "bedrag": 450_000, "verdeelsleutel": "werkplekken",
         "bandbreedte": {"minimum": 350_000, "maximum": 700_000, "verdeling": "pert"}},
        {"naam": "Frictiekosten vorming ICT-pool", "soort": "investering", "jaar": 2013,
         "bedrag": 200_000, "verdeelsleutel": "inwoners",
         "bandbreedte": {"minimum": 150_000, "maximum": 300_000, "verdeling": "driehoek"},
         "toelichting": "Overgang van de ICT-medewerkers naar één werkgever, opleiding."},
        {"naam": "Poolmanager", "soort": "kosten", "vanaf": 2013, "bedrag": 105_000,
         "indexatie": 0.025, "verdeelsleutel": "gelijk",
         "bandbreedte": {"minimum": 95_000, "maximum": 120_000, "verdeling": "driehoek"}},
        {"naam": "Beheer gezamenlijk rekencentrum en verbindingen", "soort": "kosten", "vanaf": 2013,
         "bedrag": 240_000, "indexatie": 0.02, "verdeelsleutel": "werkplekken",
         "bandbreedte": {"minimum": 200_000, "maximum": 300_000, "verdeling": "driehoek"}},
        {"naam": "Minder licentiekosten door gezamenlijke inkoop", "soort": "besparing", "vanaf": 2014,
         "bedrag": 260_000, "indexatie": 0.02, "verdeelsleutel": "werkplekken",
         "bandbreedte": {"minimum": 150_000, "maximum": 320_000, "verdeling": "driehoek"}},
        {"naam": "Minder formatie en inhuur in de ICT-pool", "soort": "besparing", "vanaf": 2014,
         "bedrag": 410_000, "indexatie": 0.025, "verdeelsleutel": "vast-variabel",
         "bandbreedte": {"minimum": 250_000, "maximum": 480_000, "verdeling": "pert"},
         "toelichting": f"De pool loopt {looptijd_tekst}; de besparing begint in het tweede jaar."},
        {"naam": "Minder vervangingsinvesteringen hardware", "soort": "besparing", "vanaf": 2015,
         "bedrag": 200_000, "verdeelsleutel": "inwoners",
         "bandbreedte": {"minimum": 100_000, "maximum": 260_000, "verdeling": "driehoek"}},
    ]  # fmt: skip


def _praktisch(tot: int | None = None) -> list[dict[str, Any]]:
    eind = {"tot": tot} if tot else {}
    return [
        {"naam": "Kwaliteitskaart ICT en vervangingsafspraken opstellen", "soort": "investering",
         "jaar": 2013, "bedrag": 25_000, "verdeelsleutel": "gelijk",
         "bandbreedte": {"minimum": 15_000, "maximum": 40_000, "verdeling": "driehoek"}},
        {"naam": "Coördinatie door de afdelingshoofden ICT", "soort": "kosten", "vanaf": 2013, **eind,
         "bedrag": 36_000, "indexatie": 0.02, "verdeelsleutel": "gelijk",
         "bandbreedte": {"minimum": 30_000, "maximum": 50_000, "verdeling": "driehoek"}},
        {"naam": "Minder externe inhuur bij ziekte en vakantie", "soort": "besparing", "vanaf": 2013,
         **eind, "bedrag": 45_000, "indexatie": 0.02, "verdeelsleutel": "inwoners",
         "bandbreedte": {"minimum": 20_000, "maximum": 60_000, "verdeling": "driehoek"},
         "toelichting": "Onderlinge vervanging verkleint de kwetsbaarheid."},
        {"naam": "Themagerichte gezamenlijke aanbesteding (lead-gemeente)", "soort": "besparing",
         "vanaf": 2014, **eind, "bedrag": 40_000, "indexatie": 0.02, "verdeelsleutel": "werkplekken",
         "bandbreedte": {"minimum": 10_000, "maximum": 60_000, "verdeling": "driehoek"}},
    ]  # fmt: skip


def _ssc_later() -> list[dict[str, Any]]:
    return [
        *_praktisch(tot=2014),
        {"naam": "Entreegeld en transitie naar het SSC", "soort": "investering", "jaar": 2015,
         "bedrag": 950_000, "verdeelsleutel": "vast-variabel",
         "bandbreedte": {"minimum": 700_000, "maximum": 1_400_000, "verdeling": "pert"}},
        {"naam": "Dienstverleningsprijs SSC", "soort": "kosten", "vanaf": 2015, "bedrag": 1_500_000,
         "indexatie": 0.02, "verdeelsleutel": "werkplekken",
         "bandbreedte": {"minimum": 1_350_000, "maximum": 1_750_000, "verdeling": "pert"}},
        {"naam": "Vervallen eigen ICT-kosten (personeel, licenties, beheer)", "soort": "besparing",
         "vanaf": 2015, "bedrag": 1_850_000, "indexatie": 0.02, "verdeelsleutel": "werkplekken",
         "bandbreedte": {"minimum": 1_600_000, "maximum": 2_000_000, "verdeling": "pert"}},
    ]  # fmt: skip


def ict_case_data(inwoners: dict[str, int]) -> dict[str, Any]:
    """The ICT case in the documented format, with the inhabitants of :data:`PEILJAAR`."""
    return {
        "naam": "Businessplan ICT DSZ (mei 2012)",
        "omschrijving": OMSCHRIJVING,
        "startjaar": 2013,
        "looptijd": 3,
        "disconteringsvoet": 0.04,
        "partners": [
            {
                "sleutel": slug,
                "naam": naam,
                "basislijn": basislijn,
                "inwoners": {str(PEILJAAR): inwoners[slug]},
            }
            for (slug, basislijn), naam in zip(
                GEMEENTEN, ("Dalfsen", "Staphorst", "Zwartewaterland"), strict=True
            )
        ],
        "verdeelsleutels": {
            "gelijk": {"grondslag": "gelijk", "omschrijving": "Elke gemeente een gelijk deel."},
            "inwoners": {"grondslag": "inwoners", "peiljaar": PEILJAAR},
            "vast-variabel": {
                "grondslag": {"gelijk": 30, "inwoners": 70},
                "peiljaar": PEILJAAR,
                "omschrijving": "30% vast (gelijke delen), 70% naar inwoners.",
            },
            "werkplekken": {
                "grondslag": "gebruik",
                "eenheid": "werkplekken",
                "eenheden": {"dalfsen": 310, "staphorst": 190, "zwartewaterland": 250},
                "omschrijving": "Naar het aantal ICT-werkplekken (aanname voor de demo).",
            },
        },
        "scenarios": [
            {
                "sleutel": "pool-3",
                "naam": "ICT-pool drie jaar (businessplan)",
                "omschrijving": "Het businessplan: drie jaar een ICT-pool met poolmanager, dan opschalen naar het SSC.",
                "kostenregels": _pool("drie jaar"),
            },
            {
                "sleutel": "pool-5",
                "naam": "ICT-pool vijf jaar",
                "looptijd": 5,
                "omschrijving": "Dezelfde pool, maar met een looptijd van vijf jaar.",
                "kostenregels": _pool("vijf jaar"),
            },
            {
                "sleutel": "praktisch",
                "naam": "Praktische samenwerking zonder pool (besloten)",
                "omschrijving": "Geen pool en geen poolmanager; kwaliteitskaart, onderlinge vervanging en themagerichte lead-gemeenten.",
                "kostenregels": _praktisch(),
            },
            {
                "sleutel": "ssc-later",
                "naam": "Later aansluiten bij het SSC",
                "looptijd": 5,
                "omschrijving": "Eerst praktisch samenwerken, vanaf 2015 de ICT onderbrengen bij het SSC Zwolle/Kampen/Provincie.",
                "kostenregels": _ssc_later(),
            },
        ],
    }


def _ict_besluit(terrein: Any) -> Besluit | None:
    """The decision of medio mei 2012 on the ICT business plan (uitkomst afgewezen)."""
    besluiten = besluiten_in_periode(
        peildatum=dt.date(2012, 5, 31), vanaf=dt.date(2012, 4, 30), terrein=terrein
    )
    return besluiten.filter(uitkomst=Besluit.Uitkomst.AFGEWEZEN).first()


def load_ict_case() -> bool:
    """Create the ICT case of the DSZ demo; False, and nothing changed, if it exists."""
    with transaction.atomic():
        verband = samenwerkingsverband_get(slug="dsz")
        if Businesscase.objects.filter(samenwerkingsverband=verband, slug=SLUG).exists():
            return False
        terrein = terrein_get(samenwerkingsverband_slug="dsz", slug="ict")
        inwoners = {}
        for slug, _ in GEMEENTEN:
            aantal = inwonertal_op(organisatie=organisatie_get(slug=slug), jaar=PEILJAAR)
            if aantal is None:
                raise ValueError(f"Geen inwonertal van {slug} voor {PEILJAAR} in het register.")
            inwoners[slug] = aantal
        businesscase_create(
            samenwerkingsverband=verband,
            inhoud=ict_case_data(inwoners),
            terrein=terrein,
            besluit=_ict_besluit(terrein),
            slug=SLUG,
            toelichting="DSZ-demo: businessplan ICT van mei 2012.",
        )
    return True
