"""The shared part of ``samen report`` and ``samen newsletter``: options, checks, writing.

Every bad option is a one-line Dutch error with exit code 2, checked before any work is done
(including whether the output file can be written).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser, OutputWrapper
from django.utils import translation
from tqdm import tqdm

from samen.core.cli import datum_optie, optie_fout
from samen.core.dates import format_datum
from samen.organisaties import selectors as org_selectors
from samen.rapportage import selectors
from samen.rapportage.formaten import render
from samen.rapportage.samenstellen import bijlage_document, document, genereer, kop_uit_gegevens
from samen.rapportage.zinnen import opsomming


def voeg_opties_toe(parser: CommandParser, formaten: tuple[str, ...]) -> None:
    parser.add_argument("--organisatie", help="korte naam van de organisatie, bijvoorbeeld dalfsen")
    parser.add_argument("--peildatum", help="de stand op deze datum, JJJJ-MM-DD")
    parser.add_argument(
        "--vanaf",
        help="ontwikkelingen na deze datum (JJJJ-MM-DD); standaard de peildatum van de vorige "
        "gepubliceerde notitie",
    )
    parser.add_argument("--format", dest="formaat", help=f"{' | '.join(formaten)}")
    parser.add_argument("--output", help="het bestand dat wordt geschreven")


def _uitvoerbestand(waarde: str | None) -> Path:
    if not waarde:
        raise optie_fout("Geef met --output het bestand op waarin het resultaat komt.")
    pad = Path(waarde).expanduser()
    if pad.is_dir():
        raise optie_fout(f"Kan niet schrijven naar '{waarde}': dat is een map, geen bestand.")
    map_ = pad.parent if str(pad.parent) else Path(".")
    if not map_.is_dir():
        raise optie_fout(f"Kan niet schrijven naar '{waarde}': de map '{map_}' bestaat niet.")
    if pad.exists() and not os.access(pad, os.W_OK):
        raise optie_fout(f"Kan niet schrijven naar '{waarde}': het bestand is niet schrijfbaar.")
    if not pad.exists() and not os.access(map_, os.W_OK | os.X_OK):
        raise optie_fout(
            f"Kan niet schrijven naar '{waarde}': de map '{map_}' is niet schrijfbaar."
        )
    return pad


def controleer(options: dict[str, Any], formaten: tuple[str, ...]) -> dict[str, Any]:
    """The checked options, or a one-line Dutch error with exit code 2."""
    slug = options.get("organisatie")
    if not slug:
        raise optie_fout(
            "Geef met --organisatie de korte naam van de organisatie, bijvoorbeeld dalfsen."
        )
    if not options.get("peildatum"):
        raise optie_fout("Geef met --peildatum de datum van de stand, bijvoorbeeld 2012-09-10.")
    peildatum = datum_optie(options["peildatum"], "--peildatum")
    vanaf = datum_optie(options.get("vanaf"), "--vanaf")
    assert peildatum is not None
    if vanaf is not None and peildatum <= vanaf:
        raise optie_fout(
            f"De peildatum ({format_datum(peildatum)}) moet na --vanaf ({format_datum(vanaf)}) "
            "liggen: de periode loopt van na --vanaf tot en met de peildatum."
        )
    formaat = (options.get("formaat") or "").lower()
    if formaat not in formaten:
        keuze = opsomming(formaten, "of")
        if options.get("formaat"):
            raise optie_fout(f"Onbekend formaat '{options['formaat']}': kies {keuze}.")
        raise optie_fout(f"Geef met --format het formaat op: {keuze}.")
    output = _uitvoerbestand(options.get("output"))
    try:
        organisatie = org_selectors.organisatie_get(slug=slug)
    except Exception as exc:
        bekend = ", ".join(o.slug for o in org_selectors.organisatie_list()) or "geen"
        raise optie_fout(f"Onbekende organisatie '{slug}' (bekend: {bekend}).") from exc
    return {
        "organisatie": organisatie,
        "peildatum": peildatum,
        "vanaf": vanaf,
        "formaat": formaat,
        "output": output,
    }


def schrijf(opties: dict[str, Any], soort: str, stdout: OutputWrapper) -> Path:
    """Gather, assemble, render and write; a progress bar on stderr while it works."""
    org, peildatum = opties["organisatie"], opties["peildatum"]
    vanaf = opties["vanaf"]
    if vanaf is None:
        vanaf = selectors.standaard_vanaf(organisatie=org, soort=soort, peildatum=peildatum)
        if vanaf is not None and vanaf >= peildatum:
            vanaf = None
    begin = time.perf_counter()
    with (
        translation.override("nl"),  # the note is Dutch, whatever language is active
        tqdm(
            total=4, desc="rapport", unit="stap", file=sys.stderr, leave=False, disable=None
        ) as voortgang,
    ):
        voortgang.set_description("gegevens verzamelen")
        g = selectors.verzamel(
            organisatie=org, peildatum=peildatum, vanaf=vanaf, met_leden=soort == "nieuwsbrief"
        )
        voortgang.update()
        voortgang.set_description("tekst schrijven")
        kop = kop_uit_gegevens(g)
        doc = document(soort, kop, genereer(soort, g))
        bijlage = bijlage_document(kop, g) if soort == "stand_van_zaken" else None
        voortgang.update()
        voortgang.set_description(f"opmaken ({opties['formaat']})")
        inhoud = render(doc, opties["formaat"])
        voortgang.update()
        voortgang.set_description(f"bijlage opmaken ({opties['formaat']})")
        bijlage_inhoud = render(bijlage, opties["formaat"]) if bijlage is not None else None
        voortgang.update()
    pad: Path = opties["output"]
    bijlage_pad = pad.with_name(f"{pad.stem}-bijlage{pad.suffix}")
    try:
        pad.write_bytes(inhoud)
        if bijlage_inhoud is not None:
            bijlage_pad.write_bytes(bijlage_inhoud)
    except OSError as exc:
        raise optie_fout(f"Kan niet schrijven naar '{pad}': {exc.strerror}.") from exc
    periode = f"sinds {format_datum(vanaf)}" if vanaf else "vanaf het begin"
    grootte = f"{len(inhoud):,}".replace(",", ".")
    stdout.write(
        f"{pad} geschreven ({grootte} bytes, {time.perf_counter() - begin:.1f} s): "
        f"{org.naam}, stand op {format_datum(peildatum)}, ontwikkelingen {periode}."
    )
    if bijlage_inhoud is not None:
        stdout.write(
            f"{bijlage_pad} geschreven: de bijlage met alle ontwikkelingen (de notitie is beknopt)."
        )
    return pad
