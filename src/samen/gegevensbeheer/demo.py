"""Demo of gegevensbeheer: the Belastingen & Geo definition set and synthetic datasets.

The definitions (``data/belastingen_geo.json``) follow the base registrations BAG and WOZ in
spirit: adressen with 16-digit nummeraanduiding ids (gemeentecode + ``20`` + 10 digits), WOZ
objects with a 12-digit number, value and valuation date, and the taxpayers of the municipal
taxes. The data are synthetic (fictitious streets, numbers and names) for Dalfsen (0148),
Staphorst (0179) and Zwartewaterland (1896), each delivered in its own file format, with
realistic defects; every municipality delivers twice (June and September 2012) and the second
delivery has fewer defects, so the dashboard shows progress.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from samen.gegevensbeheer import services
from samen.gegevensbeheer.models import Definitieset, Validatierun

DEFINITIE = Path(__file__).parent / "data" / "belastingen_geo.json"
LEVERDATA = (dt.datetime(2012, 6, 15, 10, 0), dt.datetime(2012, 9, 14, 10, 0))
#: Share of rows with a defect per delivery (first, second).
FOUTKANS = (0.08, 0.02)


@dataclass(frozen=True)
class Gemeente:
    slug: str
    code: str
    woonplaatsen: tuple[tuple[str, str], ...]  # (woonplaats, postcode digits)
    scheiding: str
    codering: str


GEMEENTEN = (
    Gemeente(
        "dalfsen",
        "0148",
        (("Dalfsen", "7721"), ("Lemelerveld", "8151"), ("Nieuwleusen", "7711")),
        ";",
        "cp1252",
    ),
    Gemeente(
        "staphorst",
        "0179",
        (("Staphorst", "7951"), ("Rouveen", "7954"), ("IJhorst", "7955")),
        ",",
        "utf-8-sig",
    ),
    Gemeente(
        "zwartewaterland",
        "1896",
        (("Hasselt", "8061"), ("Genemuiden", "8281"), ("Zwartsluis", "8064")),
        "\t",
        "utf-8",
    ),
)
STRATEN = (
    "Kerkstraat",
    "Molenweg",
    "Dorpsstraat",
    "Schoolstraat",
    "Esch",
    "Kanaalweg",
    "Brinkstraat",
    "Veldweg",
)
NAMEN = (
    "Jansen",
    "De Vries",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Van Dijk",
    "Kamphuis",
)


def _csv(rijen: list[list[str]], g: Gemeente) -> io.BytesIO:
    tekst = io.StringIO()
    csv.writer(tekst, delimiter=g.scheiding, lineterminator="\r\n").writerows(rijen)
    return io.BytesIO(tekst.getvalue().encode(g.codering))


def adressen(
    g: Gemeente, rnd: random.Random, kans: float, n: int = 240
) -> tuple[list[list[str]], list[str]]:
    kop = [
        "nummeraanduiding_id",
        "openbareruimte",
        "huisnummer",
        "huisletter",
        "huisnummertoevoeging",
        "postcode",
        "woonplaats",
    ]
    rijen = [kop]
    ids: list[str] = []
    for i in range(n):
        woonplaats, pc = g.woonplaatsen[i % 3]
        nid = f"{g.code}20{i + 1:010d}"
        postcode = f"{pc} {chr(65 + i % 26)}{chr(65 + (i // 26) % 26)}"
        rij = [
            nid,
            rnd.choice(STRATEN),
            str(1 + i % 120),
            rnd.choice(["", "", "", "A", "B"]),
            "",
            postcode,
            woonplaats,
        ]
        if rnd.random() < kans:
            soort = rnd.randrange(5)
            if soort == 0:
                rij[5] = postcode.replace(" ", "")  # postcode without the space
            elif soort == 1:
                rij[2] = "0"  # huisnummer out of range
            elif soort == 2 and ids:
                rij[0] = ids[-1]  # duplicate id
            elif soort == 3:
                rij[6] = ""  # woonplaats missing
            else:
                rij[3] = "ab"  # two letters as huisletter
        ids.append(rij[0])
        rijen.append(rij)
    return rijen, ids


def woz_objecten(
    g: Gemeente, rnd: random.Random, kans: float, adres_ids: list[str]
) -> tuple[list[list[str]], list[str]]:
    rijen = [
        ["wozobjectnummer", "nummeraanduiding_id", "gebruikscode", "woz_waarde", "waardepeildatum"]
    ]
    nummers: list[str] = []
    for i, nid in enumerate(adres_ids):
        nummer = f"{g.code}{i + 1:08d}"
        rij = [
            nummer,
            nid,
            rnd.choice(["10", "10", "10", "20", "30"]),
            str(rnd.randrange(90, 600) * 1000),
            "2011-01-01",
        ]
        if rnd.random() < kans:
            soort = rnd.randrange(4)
            if soort == 0:
                rij[4] = "01-01-2011"  # Dutch date order instead of ISO
            elif soort == 1:
                rij[3] = "-" + rij[3]
            elif soort == 2:
                rij[1] = f"{g.code}20{9_000_000_000 + i:010d}"  # address that does not exist
            else:
                rij[2] = "99"  # unknown gebruikscode
        nummers.append(nummer)
        rijen.append(rij)
    return rijen, nummers


def belastingplichtigen(
    g: Gemeente, rnd: random.Random, kans: float, woz: list[str]
) -> list[list[str]]:
    kop = [
        "subjectnummer",
        "naam",
        "soort",
        "wozobjectnummer",
        "belastingsoort",
        "aanslagbedrag",
        "automatische_incasso",
        "ingangsdatum",
    ]
    rijen = [kop]
    for i, nummer in enumerate(woz):
        subject = f"{int(g.code) * 100000 + i:09d}"
        naam = f"{rnd.choice(NAMEN)} (fictief {i + 1})"
        for soort_belasting in ("OZB-E", "AFV"):
            bedrag = f"{rnd.randrange(150, 900)}.{rnd.randrange(100):02d}"
            rij = [
                subject,
                naam,
                "NP",
                nummer,
                soort_belasting,
                bedrag,
                rnd.choice(["true", "false"]),
                "2012-01-01",
            ]
            if rnd.random() < kans:
                defect = rnd.randrange(4)
                if defect == 0:
                    rij[2] = "np"  # not one of NP/NNP
                elif defect == 1:
                    rij[5] = bedrag.replace(".", ",")  # decimal comma
                elif defect == 2:
                    rij[4] = "OZB"  # not in the reference list
                else:
                    rij[4] = "OZB-E"  # the same combination twice
            rijen.append(rij)
    return rijen


def load_gegevensbeheer_demo() -> Definitieset:
    """Import the definitions and validate two deliveries of each municipality."""
    from samen.organisaties.selectors import organisatie_get

    ds = services.definitieset_importeren(data=json.loads(DEFINITIE.read_text(encoding="utf-8")))
    tabellen = {t.naam: t for t in ds.tabellen.all()}
    for levering, (moment, kans) in enumerate(zip(LEVERDATA, FOUTKANS, strict=True)):
        for g in GEMEENTEN:
            rnd = random.Random(f"{g.slug}-{levering}")
            organisatie = organisatie_get(slug=g.slug)
            adres, ids = adressen(g, rnd, kans)
            woz, nummers = woz_objecten(g, rnd, kans, ids)
            plichtigen = belastingplichtigen(g, rnd, kans, nummers)
            for naam, rijen in (
                ("adressen", adres),
                ("woz-objecten", woz),
                ("belastingplichtigen", plichtigen),
            ):
                run = services.validatierun_indienen(
                    organisatie=organisatie,
                    tabel=tabellen[naam],
                    bestand=_csv(rijen, g),
                    bestandsnaam=f"{g.slug}-{naam}-{moment:%Y-%m}.csv",
                    wachtrij=False,
                )
                services.validatierun_uitvoeren(run_id=run.pk)
                tijd = timezone.make_aware(moment)
                Validatierun.objects.filter(pk=run.pk).update(
                    ingediend_op=tijd, gestart_op=tijd, gereed_op=tijd + dt.timedelta(seconds=1)
                )
    return ds
