"""Benchmark: how long it takes to write the status note, per format, for the DSZ demo and for a
large generated cooperation (25 municipalities, 20 domains, five years, 10,000 progress updates,
2,000 decisions).

    .venv/bin/python bench/bench_report.py [--herhalingen 3] [--zonder-slechtste-geval]

It runs in a throwaway SQLite database (a temporary SAMEN_VAR_DIR) and prints, per case, the
time to gather the data from the register, to assemble the text, and to render each format
(the best of the repetitions), with the size of the result. A note over more events than
``inhoud_notitie.MAX_GEBEURTENISSEN_VOLLEDIG`` is condensed, with every event in a separate
appendix (bijlage), which is rendered and timed on its own. The large cooperation is measured
twice: for a realistic note, which covers the period since the previous note (four months, as
its council asked), and for the worst case: one note over all five years.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _paginas(pdf: bytes) -> str:
    """The number of pages, by poppler's pdfinfo when it is there."""
    import subprocess

    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        try:
            info = subprocess.run(["pdfinfo", f.name], capture_output=True, text=True).stdout
        except OSError:
            return "?"
    gevonden = re.search(r"Pages:\s+(\d+)", info)
    return gevonden.group(1) if gevonden else "?"


def _setup(var_dir: str) -> None:
    os.environ["SAMEN_VAR_DIR"] = var_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samen.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import django

    django.setup()
    from django.core.management import call_command

    Path(var_dir).mkdir(parents=True, exist_ok=True)
    call_command("migrate", verbosity=0)


class Tijd(float):
    """Wall-clock seconds, with the CPU seconds of this process beside them: the machine may be
    shared, and then the CPU time is the fairer figure."""

    cpu: float

    def __format__(self, spec: str) -> str:
        return f"{float(self):{spec}} s (cpu {self.cpu:.3f})"


def _beste(functie: Callable[[], Any], herhalingen: int) -> tuple[Tijd, Any]:
    beste: Tijd | None = None
    resultaat = None
    for _ in range(herhalingen):
        begin, cpu = time.perf_counter(), time.process_time()
        resultaat = functie()
        tijd = Tijd(time.perf_counter() - begin)
        tijd.cpu = time.process_time() - cpu
        if beste is None or tijd < beste:
            beste = tijd
    assert beste is not None
    return beste, resultaat


def _meet(
    naam: str, organisatie: Any, peildatum: dt.date, vanaf: dt.date | None, herhalingen: int
) -> None:
    from samen.rapportage.achtergrond import MAX_PAGINAS_DIRECT
    from samen.rapportage.document import geschatte_paginas
    from samen.rapportage.formaten import render
    from samen.rapportage.opmaak import naar_tekst, uit_tekst
    from samen.rapportage.samenstellen import (
        bijlage_document,
        document,
        genereer,
        kop_uit_gegevens,
    )
    from samen.rapportage.verzamelen import verzamel

    t_verzamel, g = _beste(
        lambda: verzamel(
            organisatie=organisatie, peildatum=peildatum, vanaf=vanaf, met_leden=False
        ),
        herhalingen,
    )
    t_tekst, doc = _beste(
        lambda: document("stand_van_zaken", kop_uit_gegevens(g), genereer("stand_van_zaken", g)),
        herhalingen,
    )
    bijlage = bijlage_document(kop_uit_gegevens(g), g)

    def heen_en_terug() -> None:  # a draft stores the text of each section and reads it back
        for s in doc.secties():
            uit_tekst(naar_tekst(s.blokken, s.subsecties), s.sleutel)

    t_concept, _ = _beste(heen_en_terug, herhalingen)
    berichten = sum(1 for t in g.terreinen for e in t.gebeurtenissen if e.soort == "bericht")
    periode = f"na {vanaf} t/m {peildatum}" if vanaf else f"alles t/m {peildatum}"
    print(f"\n{naam}: {organisatie.naam}, {periode}")
    print(
        f"  in de periode: {berichten} voortgangsberichten, {len(g.besluiten)} besluiten, "
        f"{len(g.terreinen)} samenwerkingsterreinen"
    )
    print(f"  {'gegevens verzamelen (selectors)':<34}{t_verzamel:8.3f}")
    print(f"  {'tekst schrijven (documentboom)':<34}{t_tekst:8.3f}")
    print(f"  {'concepttekst heen en terug':<34}{t_concept:8.3f}")
    paginas = geschatte_paginas(doc)
    wijze = "op de achtergrond" if paginas > MAX_PAGINAS_DIRECT else "direct in het verzoek"
    print(f"  notitie: geschat {paginas} pagina's, PDF/DOCX in de browser: {wijze}")
    for formaat in ("html", "pdf", "docx", "md"):
        n = herhalingen if formaat != "pdf" else max(1, min(herhalingen, 2))
        tijd, inhoud = _beste(lambda f=formaat: render(doc, f), n)
        extra = ""
        if formaat == "pdf":
            extra = f", {_paginas(inhoud)} pagina's"
        totaal = float(t_verzamel) + float(t_tekst) + float(tijd)
        print(
            f"  {'opmaken ' + formaat.upper():<34}{tijd:8.3f}   ({len(inhoud) / 1024:,.0f} kB{extra}; "
            f"met verzamelen en tekst {totaal:.3f} s)"
        )
    if bijlage is None:
        print("  geen bijlage: de notitie bevat alle ontwikkelingen zelf")
        return
    b_paginas = geschatte_paginas(bijlage)
    wijze = "op de achtergrond" if b_paginas > MAX_PAGINAS_DIRECT else "direct in het verzoek"
    print(f"  bijlage (apart document): geschat {b_paginas} pagina's, PDF/DOCX: {wijze}")
    for formaat in ("html", "pdf", "docx", "md"):
        tijd, inhoud = _beste(lambda f=formaat: render(bijlage, f), 1)
        extra = f", {_paginas(inhoud)} pagina's" if formaat == "pdf" else ""
        print(
            f"  {'bijlage ' + formaat.upper():<34}{tijd:8.3f}   ({len(inhoud) / 1024:,.0f} kB{extra})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--herhalingen", type=int, default=3)
    parser.add_argument("--zonder-slechtste-geval", action="store_true")
    parser.add_argument("--var-dir", default="")
    args = parser.parse_args()
    var_dir = args.var_dir or tempfile.mkdtemp(prefix="samen-bench-")
    _setup(var_dir)

    from samen.demo.loader import load_demo
    from samen.organisaties.models import Organisatie
    from samen.rapportage.bench_data import maak_grote_samenwerking

    print(f"Samen: stand van zaken, benchmark ({os.cpu_count()} cores, database in {var_dir})")
    load_demo()
    begin = time.perf_counter()
    groot = maak_grote_samenwerking()
    print(
        f"Grote samenwerking gegenereerd in {time.perf_counter() - begin:.1f} s: {groot.aantallen}"
    )

    # Warm up WeasyPrint (fonts) once, as a running server would have done.
    from samen.rapportage.document import Document
    from samen.rapportage.formaten import render

    render(Document(titel="opwarmen", organisatie="Samen"), "pdf")

    dalfsen = Organisatie.objects.get(slug="dalfsen")
    _meet("DSZ-demo", dalfsen, dt.date(2012, 9, 10), dt.date(2012, 3, 8), args.herhalingen)
    hoofd = Organisatie.objects.get(slug=groot.hoofdgemeente)
    vier_maanden = groot.eind - dt.timedelta(days=122)
    _meet(
        "Groot, realistisch (sinds de vorige notitie, vier maanden)",
        hoofd,
        groot.eind,
        vier_maanden,
        args.herhalingen,
    )
    een_maand = groot.eind - dt.timedelta(days=30)
    _meet("Groot, maandelijkse notitie (één maand)", hoofd, groot.eind, een_maand, args.herhalingen)
    if not args.zonder_slechtste_geval:
        _meet("Groot, slechtste geval (vijf jaar in één notitie)", hoofd, groot.eind, None, 1)


if __name__ == "__main__":
    main()
