"""Import of employees, skills and absences of one organisation from CSV files.

All or nothing: every row of every file is checked (and written inside one transaction); if any
row has an error, the transaction is rolled back and the errors come back with file and row number
("afwezigheden.csv regel 4: ..."), the header being regel 1. Separator ``;`` or ``,`` (from the
header), UTF-8 with or without BOM. Dates as JJJJ-MM-DD or DD-MM-JJJJ.

- medewerkers: ``personeelsnummer, naam, afdeling, uren_per_week, in_dienst_vanaf`` and optional
  ``functie, in_dienst_tot, fictief`` (ja/nee). A known personeelsnummer updates the employee.
- vaardigheden: ``personeelsnummer, specialisme, niveau``; the specialism by its short name or its
  name, the level 1-4 or basis, zelfstandig, specialist, expert. A known pair changes the level.
- afwezigheden: ``personeelsnummer, soort, eerste_dag, laatste_dag``; nothing else: a column such
  as "reden" or "diagnose" is refused, because no medical detail may be stored. An absence that is
  already registered exactly so is skipped, so a file can be imported twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from samen.core.dates import DatumFout, parse_datum
from samen.kwaliteitskaart import services
from samen.kwaliteitskaart.models import Afwezigheid, Medewerker, Niveau, Specialisme

KOLOMMEN = {
    "medewerkers": (
        ("personeelsnummer", "naam", "afdeling", "uren_per_week", "in_dienst_vanaf"),
        ("functie", "in_dienst_tot", "fictief"),
    ),
    "vaardigheden": (("personeelsnummer", "specialisme", "niveau"), ()),
    "afwezigheden": (("personeelsnummer", "soort", "eerste_dag", "laatste_dag"), ()),
}
NIVEAUNAMEN = {"basis": 1, "zelfstandig": 2, "specialist": 3, "expert": 4}
JA, NEE = {"ja", "j", "1", "waar", "true"}, {"nee", "n", "0", "onwaar", "false", ""}


class ImportFout(Exception):
    """The file(s) had errors; nothing was stored. ``fouten`` lists them with row numbers."""

    def __init__(self, fouten: list[str]) -> None:
        super().__init__(f"{len(fouten)} fout(en); er is niets opgeslagen.")
        self.fouten = fouten


@dataclass
class ImportResultaat:
    aangemaakt: dict[str, int] = field(default_factory=dict)
    gewijzigd: dict[str, int] = field(default_factory=dict)
    overgeslagen: dict[str, int] = field(default_factory=dict)

    def tel(self, soort: str, wat: str) -> None:
        teller = getattr(self, wat)
        teller[soort] = teller.get(soort, 0) + 1


class RijFout(ValueError):
    pass


def _rijen(
    naam: str, soort: str, tekst: str, fouten: list[str]
) -> Iterator[tuple[int, dict[str, str]]]:
    tekst = tekst.lstrip("\ufeff")
    eerste = tekst.splitlines()[0] if tekst.strip() else ""
    if not eerste:
        fouten.append(f"{naam}: het bestand is leeg; de eerste regel moet de kolomnamen bevatten.")
        return
    scheiding = ";" if eerste.count(";") >= eerste.count(",") else ","
    reader = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    try:
        kop = [k.strip().lower() for k in next(reader)]
    except csv.Error as exc:
        fouten.append(f"{naam} regel 1: geen leesbare CSV ({exc}).")
        return
    verplicht, optioneel = KOLOMMEN[soort]
    ontbreekt = [k for k in verplicht if k not in kop]
    onbekend = [k for k in kop if k not in verplicht and k not in optioneel]
    if ontbreekt:
        fouten.append(f"{naam} regel 1: de kolom(men) {', '.join(ontbreekt)} ontbreken.")
    for k in onbekend:
        extra = (
            " Van een afwezigheid legt Samen alleen de soort en de periode vast, nooit een reden "
            "of medische gegevens."
            if soort == "afwezigheden"
            else ""
        )
        fouten.append(
            f"{naam} regel 1: onbekende kolom '{k}'. Toegestaan: "
            f"{', '.join(verplicht + optioneel)}.{extra}"
        )
    if ontbreekt or onbekend:
        return
    while True:
        try:
            rij = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            fouten.append(f"{naam} regel {reader.line_num}: geen leesbare CSV ({exc}).")
            return
        if not any(c.strip() for c in rij):
            continue
        if len(rij) != len(kop):
            fouten.append(
                f"{naam} regel {reader.line_num}: {len(rij)} velden, verwacht {len(kop)} "
                f"(scheidingsteken '{scheiding}')."
            )
            continue
        yield reader.line_num, {k: v.strip() for k, v in zip(kop, rij, strict=True)}


def _datum(waarde: str, veld: str) -> dt.date:
    try:
        return parse_datum(waarde, veld=veld)
    except DatumFout as exc:
        raise RijFout(str(exc)) from exc


def _verplicht(rij: dict[str, str], veld: str) -> str:
    if not rij[veld]:
        raise RijFout(f"{veld} is leeg.")
    return rij[veld]


class _Import:
    def __init__(self, organisatie: Any, door: Any) -> None:
        self.organisatie = organisatie
        self.door = door
        self.resultaat = ImportResultaat()
        self.specialismen: dict[str, Specialisme] = {}
        for s in Specialisme.objects.all():
            self.specialismen[s.slug.lower()] = s
            self.specialismen[s.naam.lower()] = s

    def medewerker(self, nummer: str) -> Medewerker:
        m = Medewerker.objects.filter(organisatie=self.organisatie, personeelsnummer=nummer).first()
        if m is None:
            raise RijFout(
                f"{self.organisatie} heeft geen medewerker met personeelsnummer '{nummer}'."
            )
        return m

    def medewerkers(self, rij: dict[str, str]) -> None:
        nummer = _verplicht(rij, "personeelsnummer")
        try:
            uren = Decimal(_verplicht(rij, "uren_per_week").replace(",", "."))
        except InvalidOperation as exc:
            raise RijFout(f"uren_per_week '{rij['uren_per_week']}' is geen getal.") from exc
        fictief = rij.get("fictief", "").lower()
        if fictief not in JA | NEE:
            raise RijFout(f"fictief '{rij['fictief']}' moet ja of nee zijn.")
        velden: dict[str, Any] = {
            "naam": _verplicht(rij, "naam"),
            "afdeling": _verplicht(rij, "afdeling"),
            "functie": rij.get("functie", ""),
            "uren_per_week": uren,
            "begindatum": _datum(_verplicht(rij, "in_dienst_vanaf"), "in_dienst_vanaf"),
            "einddatum": _datum(rij["in_dienst_tot"], "in_dienst_tot")
            if rij.get("in_dienst_tot")
            else None,
            "fictief": fictief in JA,
        }
        bestaand = Medewerker.objects.filter(
            organisatie=self.organisatie, personeelsnummer=nummer
        ).first()
        if bestaand is None:
            services.medewerker_create(
                organisatie=self.organisatie, personeelsnummer=nummer, door=self.door, **velden
            )
            self.resultaat.tel("medewerkers", "aangemaakt")
        else:
            services.medewerker_update(medewerker=bestaand, door=self.door, **velden)
            self.resultaat.tel("medewerkers", "gewijzigd")

    def vaardigheden(self, rij: dict[str, str]) -> None:
        m = self.medewerker(_verplicht(rij, "personeelsnummer"))
        naam = _verplicht(rij, "specialisme")
        specialisme = self.specialismen.get(naam.lower())
        if specialisme is None:
            raise RijFout(f"onbekend specialisme '{naam}'.")
        waarde = _verplicht(rij, "niveau").lower()
        niveau = NIVEAUNAMEN.get(waarde) or (int(waarde) if waarde.isdigit() else 0)
        if niveau not in Niveau.values:
            raise RijFout(
                f"niveau '{rij['niveau']}' moet 1 tot en met 4 zijn (basis, zelfstandig, specialist, expert)."
            )
        bestond = m.vaardigheden.filter(specialisme=specialisme).exists()
        services.vaardigheid_set(
            medewerker=m, specialisme=specialisme, niveau=niveau, door=self.door
        )
        self.resultaat.tel("vaardigheden", "gewijzigd" if bestond else "aangemaakt")

    def afwezigheden(self, rij: dict[str, str]) -> None:
        m = self.medewerker(_verplicht(rij, "personeelsnummer"))
        soort = _verplicht(rij, "soort").lower()
        if soort not in Afwezigheid.Soort.values:
            raise RijFout(f"soort '{rij['soort']}' moet verlof, ziek of overig zijn.")
        eerste = _datum(_verplicht(rij, "eerste_dag"), "eerste_dag")
        laatste = _datum(_verplicht(rij, "laatste_dag"), "laatste_dag")
        if Afwezigheid.objects.filter(
            medewerker=m, soort=soort, eerste_dag=eerste, laatste_dag=laatste
        ).exists():
            self.resultaat.tel("afwezigheden", "overgeslagen")
            return
        services.afwezigheid_create(
            medewerker=m, soort=soort, eerste_dag=eerste, laatste_dag=laatste, door=self.door
        )
        self.resultaat.tel("afwezigheden", "aangemaakt")


def personeel_import(
    *,
    organisatie: Any,
    medewerkers: tuple[str, str] | None = None,
    vaardigheden: tuple[str, str] | None = None,
    afwezigheden: tuple[str, str] | None = None,
    door: Any = None,
) -> ImportResultaat:
    """Import ``(file name, text)`` per kind, in this order. Raises :class:`ImportFout`."""
    werk = _Import(organisatie, door)
    fouten: list[str] = []
    with transaction.atomic():
        for soort, bestand in (
            ("medewerkers", medewerkers),
            ("vaardigheden", vaardigheden),
            ("afwezigheden", afwezigheden),
        ):
            if bestand is None:
                continue
            naam, tekst = bestand
            verwerk: Callable[[dict[str, str]], None] = getattr(werk, soort)
            for regel, rij in _rijen(naam, soort, tekst, fouten):
                try:
                    with transaction.atomic():
                        verwerk(rij)
                except RijFout as exc:
                    fouten.append(f"{naam} regel {regel}: {exc}")
                except ValidationError as exc:
                    fouten.append(f"{naam} regel {regel}: {' '.join(exc.messages)}")
        if fouten:
            raise ImportFout(fouten)  # leaves the atomic block: everything is rolled back
    return werk.resultaat
