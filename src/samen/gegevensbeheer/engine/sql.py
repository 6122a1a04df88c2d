"""SQL for the checks: the typed value of a cell and the violation condition of each constraint.

Type rules follow Frictionless Table Schema (default formats): ``integer`` and ``number`` are
trimmed, ``boolean`` is one of true/True/TRUE/1 or false/False/FALSE/0, ``date`` is
``YYYY-MM-DD``, ``datetime`` ISO 8601 with a ``T``. An empty cell is missing. Constraints other
than ``required`` are checked only on cells that have a valid value. Pure Python, no Django.
"""

from __future__ import annotations

from dataclasses import dataclass

from samen.gegevensbeheer.engine.lezen import sql_naam, sql_tekst
from samen.gegevensbeheer.engine.schema import Referentielijst, Veld

TYPE_NL = {
    "string": "tekst",
    "integer": "geheel getal",
    "number": "getal",
    "boolean": "ja/nee (true/false)",
    "date": "datum (JJJJ-MM-DD)",
    "datetime": "datum en tijd (JJJJ-MM-DDTuu:mm:ss)",
}
_INTEGER = "[+-]?[0-9]+"
_NUMBER = r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?"
_DATE = "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
_DATETIME = r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?"
WAAR = ("true", "True", "TRUE", "1")
ONWAAR = ("false", "False", "FALSE", "0")


@dataclass(frozen=True)
class Controle:
    """A row-level check: ``conditie`` is true for a violating row."""

    beperking: str
    velden: tuple[str, ...]
    omschrijving: str
    conditie: str


def getypt(veld: Veld, ruw: str) -> str:
    """SQL for the typed value of text expression ``ruw`` (NULL when missing or invalid)."""
    t = veld.type
    if t == "integer":
        return f"CASE WHEN regexp_full_match(trim({ruw}), '{_INTEGER}') THEN TRY_CAST(trim({ruw}) AS BIGINT) END"
    if t == "number":
        return f"CASE WHEN regexp_full_match(trim({ruw}), '{_NUMBER}') THEN TRY_CAST(trim({ruw}) AS DOUBLE) END"
    if t == "boolean":
        waar = ", ".join(sql_tekst(w) for w in WAAR)
        onwaar = ", ".join(sql_tekst(w) for w in ONWAAR)
        return f"CASE WHEN {ruw} IN ({waar}) THEN true WHEN {ruw} IN ({onwaar}) THEN false END"
    if t == "date":
        return f"CASE WHEN regexp_full_match({ruw}, '{_DATE}') THEN CAST(try_strptime({ruw}, '%Y-%m-%d') AS DATE) END"
    if t == "datetime":
        return f"CASE WHEN regexp_full_match({ruw}, '{_DATETIME}') THEN TRY_CAST({ruw} AS TIMESTAMP) END"
    return ruw


def literaal(veld: Veld, waarde: str) -> str:
    if veld.type in ("integer", "number"):
        float(waarde)  # validated when the definition was read
        return waarde.strip()
    if veld.type == "date":
        return f"DATE {sql_tekst(waarde)}"
    if veld.type == "datetime":
        return f"TIMESTAMP {sql_tekst(waarde)}"
    if veld.type == "boolean":
        return "true" if waarde in WAAR else "false"
    return sql_tekst(waarde)


def veld_controles(
    veld: Veld, ruw: str, typ: str, lijsten: dict[str, Referentielijst], verwijzing: str | None
) -> list[Controle]:
    """The row-level checks of one field; ``ruw``/``typ`` are its raw and typed columns."""
    n = veld.naam
    uit: list[Controle] = []
    if veld.type != "string":
        uit.append(
            Controle(
                "type",
                (n,),
                f"geen geldige {TYPE_NL[veld.type]}",
                f"({ruw} IS NOT NULL AND {typ} IS NULL)",
            )
        )
    if veld.verplicht:
        uit.append(Controle("required", (n,), "verplicht veld is leeg", f"({ruw} IS NULL)"))
    if veld.patroon is not None and veld.type == "string":
        uit.append(
            Controle(
                "pattern",
                (n,),
                f"voldoet niet aan het patroon {veld.patroon}",
                f"({ruw} IS NOT NULL AND NOT regexp_full_match({ruw}, {sql_tekst(veld.patroon)}))",
            )
        )
    if veld.enum is not None:
        waarden = ", ".join(literaal(veld, e) for e in veld.enum)
        toon = ", ".join(veld.enum)
        toon = toon if len(toon) <= 80 else toon[:77] + "..."
        uit.append(
            Controle(
                "enum",
                (n,),
                f"niet een van de toegestane waarden ({toon})",
                f"({typ} NOT IN ({waarden}))",
            )
        )
    if veld.minimum is not None:
        uit.append(
            Controle(
                "minimum",
                (n,),
                f"kleiner dan het minimum {veld.minimum}",
                f"({typ} < {literaal(veld, veld.minimum)})",
            )
        )
    if veld.maximum is not None:
        uit.append(
            Controle(
                "maximum",
                (n,),
                f"groter dan het maximum {veld.maximum}",
                f"({typ} > {literaal(veld, veld.maximum)})",
            )
        )
    if veld.min_lengte is not None:
        uit.append(
            Controle(
                "minLength",
                (n,),
                f"korter dan {veld.min_lengte} tekens",
                f"(length({ruw}) < {veld.min_lengte})",
            )
        )
    if veld.max_lengte is not None:
        uit.append(
            Controle(
                "maxLength",
                (n,),
                f"langer dan {veld.max_lengte} tekens",
                f"(length({ruw}) > {veld.max_lengte})",
            )
        )
    if verwijzing is not None and verwijzing in lijsten:
        codes = ", ".join(sql_tekst(c) for c, _ in lijsten[verwijzing].waarden) or "NULL"
        uit.append(
            Controle(
                "foreignKey",
                (n,),
                f"code komt niet voor in referentielijst '{verwijzing}'",
                f"({typ} IS NOT NULL AND CAST({typ} AS VARCHAR) NOT IN ({codes}))",
            )
        )
    return uit


def kolom(naam: str) -> str:
    return sql_naam(naam)


def getypte_kolom(index: int) -> str:
    return f"_t{index}"
