"""Data definitions as plain values, and their Frictionless Data Package / Table Schema JSON form.

A :class:`Definitieset` holds tables (:class:`Tabel`) and reference lists
(:class:`Referentielijst`). A table holds fields (:class:`Veld`) with a type and constraints, a
primary key, unique keys over one or more fields and foreign keys (:class:`Verwijzing`) to another
table or to a reference list.

The JSON form is a Frictionless Data Package: every table is a tabular resource with a Table
Schema (``fields``, ``primaryKey``, ``uniqueKeys``, ``foreignKeys``); every reference list is a
resource with inline ``data`` (a header row of ``code``, ``omschrijving`` and then the values), so
a foreign key to a reference list is an ordinary Frictionless foreign key. A bare Table Schema
(an object with ``fields``) is read as a set with one table. Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

VELDTYPEN = ("string", "integer", "number", "boolean", "date", "datetime")


class DefinitieFout(ValueError):
    """A definition that cannot be read; the message is Dutch and names the place."""


@dataclass(frozen=True)
class Veld:
    naam: str
    type: str = "string"
    titel: str = ""
    beschrijving: str = ""
    verplicht: bool = False
    uniek: bool = False
    patroon: str | None = None
    enum: tuple[str, ...] | None = None
    minimum: str | None = None
    maximum: str | None = None
    min_lengte: int | None = None
    max_lengte: int | None = None


@dataclass(frozen=True)
class Verwijzing:
    """A foreign key: ``velden`` of this table refer to ``doelvelden`` of table or list ``doel``."""

    velden: tuple[str, ...]
    doel: str
    doelvelden: tuple[str, ...]


@dataclass(frozen=True)
class Tabel:
    naam: str
    velden: tuple[Veld, ...]
    titel: str = ""
    beschrijving: str = ""
    primaire_sleutel: tuple[str, ...] = ()
    unieke_sleutels: tuple[tuple[str, ...], ...] = ()
    verwijzingen: tuple[Verwijzing, ...] = ()

    def veld(self, naam: str) -> Veld:
        for v in self.velden:
            if v.naam == naam:
                return v
        raise KeyError(naam)


@dataclass(frozen=True)
class Referentielijst:
    naam: str
    waarden: tuple[tuple[str, str], ...]  # (code, omschrijving)
    titel: str = ""
    beschrijving: str = ""


@dataclass(frozen=True)
class Definitieset:
    naam: str
    versie: str = "1"
    titel: str = ""
    beschrijving: str = ""
    tabellen: tuple[Tabel, ...] = ()
    referentielijsten: tuple[Referentielijst, ...] = field(default_factory=tuple)

    def tabel(self, naam: str) -> Tabel:
        for t in self.tabellen:
            if t.naam == naam:
                return t
        namen = ", ".join(t.naam for t in self.tabellen) or "geen"
        raise DefinitieFout(f"Tabel '{naam}' staat niet in de definitieset (wel: {namen}).")

    def referentielijst(self, naam: str) -> Referentielijst | None:
        return next((r for r in self.referentielijsten if r.naam == naam), None)


# --- to JSON ---------------------------------------------------------------------------------


def _grens_json(waarde: str, type_: str) -> Any:
    if type_ == "integer":
        return int(waarde)
    if type_ == "number":
        getal = float(waarde)
        return int(getal) if getal.is_integer() and "." not in waarde else getal
    return waarde


def veld_naar_json(v: Veld) -> dict[str, Any]:
    uit: dict[str, Any] = {"name": v.naam, "type": v.type}
    if v.titel:
        uit["title"] = v.titel
    if v.beschrijving:
        uit["description"] = v.beschrijving
    if v.type == "date":
        uit["format"] = "default"
    c: dict[str, Any] = {}
    if v.verplicht:
        c["required"] = True
    if v.uniek:
        c["unique"] = True
    if v.patroon is not None:
        c["pattern"] = v.patroon
    if v.enum is not None:
        c["enum"] = [_grens_json(e, v.type) for e in v.enum]
    if v.minimum is not None:
        c["minimum"] = _grens_json(v.minimum, v.type)
    if v.maximum is not None:
        c["maximum"] = _grens_json(v.maximum, v.type)
    if v.min_lengte is not None:
        c["minLength"] = v.min_lengte
    if v.max_lengte is not None:
        c["maxLength"] = v.max_lengte
    if c:
        uit["constraints"] = c
    return uit


def tabel_naar_tableschema(t: Tabel) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [veld_naar_json(v) for v in t.velden]}
    if t.primaire_sleutel:
        schema["primaryKey"] = list(t.primaire_sleutel)
    if t.unieke_sleutels:
        schema["uniqueKeys"] = [list(k) for k in t.unieke_sleutels]
    if t.verwijzingen:
        schema["foreignKeys"] = [
            {
                "fields": list(w.velden),
                "reference": {"resource": w.doel, "fields": list(w.doelvelden)},
            }
            for w in t.verwijzingen
        ]
    return schema


def naar_datapackage(d: Definitieset) -> dict[str, Any]:
    resources: list[dict[str, Any]] = []
    for t in d.tabellen:
        res: dict[str, Any] = {
            "name": t.naam,
            "path": f"{t.naam}.csv",
            "profile": "tabular-data-resource",
        }
        if t.titel:
            res["title"] = t.titel
        if t.beschrijving:
            res["description"] = t.beschrijving
        res["schema"] = tabel_naar_tableschema(t)
        resources.append(res)
    for r in d.referentielijsten:
        lijst: dict[str, Any] = {"name": r.naam, "profile": "tabular-data-resource"}
        if r.titel:
            lijst["title"] = r.titel
        if r.beschrijving:
            lijst["description"] = r.beschrijving
        lijst["data"] = [["code", "omschrijving"], *[[c, o] for c, o in r.waarden]]
        lijst["schema"] = {
            "fields": [
                {"name": "code", "type": "string"},
                {"name": "omschrijving", "type": "string"},
            ],
            "primaryKey": ["code"],
        }
        resources.append(lijst)
    uit: dict[str, Any] = {"name": d.naam, "version": d.versie}
    if d.titel:
        uit["title"] = d.titel
    if d.beschrijving:
        uit["description"] = d.beschrijving
    uit["resources"] = resources
    return uit


# --- from JSON -------------------------------------------------------------------------------


def _tekst(waarde: Any, plaats: str) -> str:
    if not isinstance(waarde, str) or not waarde.strip():
        raise DefinitieFout(f"{plaats}: een naam (tekst) is verplicht.")
    return waarde


def _namen(waarde: Any, plaats: str) -> tuple[str, ...]:
    if isinstance(waarde, str):
        return (waarde,)
    if isinstance(waarde, list) and waarde and all(isinstance(x, str) for x in waarde):
        return tuple(waarde)
    raise DefinitieFout(f"{plaats}: verwacht een veldnaam of een lijst van veldnamen.")


def _grens(waarde: Any, type_: str, plaats: str) -> str:
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float, str)):
        raise DefinitieFout(f"{plaats}: ongeldige grenswaarde {waarde!r}.")
    if type_ == "integer" and not re.fullmatch(r"[+-]?\d+", str(waarde).strip()):
        raise DefinitieFout(f"{plaats}: {waarde!r} is geen geheel getal.")
    if type_ == "number":
        try:
            float(waarde)
        except ValueError as exc:
            raise DefinitieFout(f"{plaats}: {waarde!r} is geen getal.") from exc
    return str(waarde)


def veld_uit_json(data: Any, plaats: str) -> Veld:
    if not isinstance(data, dict):
        raise DefinitieFout(f"{plaats}: een veld moet een object zijn.")
    naam = _tekst(data.get("name"), plaats)
    plaats = f"{plaats} '{naam}'"
    type_ = data.get("type", "string")
    if type_ not in VELDTYPEN:
        raise DefinitieFout(f"{plaats}: onbekend type {type_!r} (kies uit {', '.join(VELDTYPEN)}).")
    fmt = data.get("format", "default")
    if fmt not in ("default", None):
        raise DefinitieFout(
            f"{plaats}: alleen het standaardformaat wordt ondersteund, niet {fmt!r}."
        )
    c = data.get("constraints", {}) or {}
    if not isinstance(c, dict):
        raise DefinitieFout(f"{plaats}: 'constraints' moet een object zijn.")
    bekend = {
        "required",
        "unique",
        "pattern",
        "enum",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
    }
    onbekend = sorted(set(c) - bekend)
    if onbekend:
        raise DefinitieFout(f"{plaats}: onbekende beperking {', '.join(onbekend)}.")
    patroon = c.get("pattern")
    if patroon is not None:
        try:
            re.compile(patroon)
        except (re.error, TypeError) as exc:
            raise DefinitieFout(f"{plaats}: ongeldig patroon {patroon!r}.") from exc
    enum = c.get("enum")
    if enum is not None and (not isinstance(enum, list) or not enum):
        raise DefinitieFout(f"{plaats}: 'enum' moet een niet-lege lijst zijn.")
    for sleutel in ("minLength", "maxLength"):
        if sleutel in c and (
            isinstance(c[sleutel], bool) or not isinstance(c[sleutel], int) or c[sleutel] < 0
        ):
            raise DefinitieFout(f"{plaats}: '{sleutel}' moet een geheel getal van 0 of meer zijn.")
    return Veld(
        naam=naam,
        type=type_,
        titel=str(data.get("title", "")),
        beschrijving=str(data.get("description", "")),
        verplicht=bool(c.get("required", False)),
        uniek=bool(c.get("unique", False)),
        patroon=patroon,
        enum=tuple(
            _grens(e, type_, plaats) if type_ in ("integer", "number") else str(e) for e in enum
        )
        if enum is not None
        else None,
        minimum=_grens(c["minimum"], type_, plaats) if "minimum" in c else None,
        maximum=_grens(c["maximum"], type_, plaats) if "maximum" in c else None,
        min_lengte=c.get("minLength"),
        max_lengte=c.get("maxLength"),
    )


def tabel_uit_tableschema(
    naam: str, schema: Any, *, titel: str = "", beschrijving: str = ""
) -> Tabel:
    plaats = f"Tabel '{naam}'"
    if (
        not isinstance(schema, dict)
        or not isinstance(schema.get("fields"), list)
        or not schema["fields"]
    ):
        raise DefinitieFout(f"{plaats}: het schema heeft geen lijst 'fields'.")
    velden = tuple(
        veld_uit_json(v, f"{plaats}, veld {i + 1}") for i, v in enumerate(schema["fields"])
    )
    namen = [v.naam for v in velden]
    dubbel = sorted({n for n in namen if namen.count(n) > 1})
    if dubbel:
        raise DefinitieFout(f"{plaats}: veldnaam {', '.join(dubbel)} komt meer dan eens voor.")

    def bestaand(sleutel: tuple[str, ...], wat: str) -> tuple[str, ...]:
        for n in sleutel:
            if n not in namen:
                raise DefinitieFout(f"{plaats}: {wat} noemt onbekend veld '{n}'.")
        return sleutel

    pk = (
        bestaand(_namen(schema["primaryKey"], plaats), "primaryKey")
        if schema.get("primaryKey")
        else ()
    )
    uks = tuple(
        bestaand(_namen(k, plaats), "uniqueKeys") for k in schema.get("uniqueKeys", []) or []
    )
    fks: list[Verwijzing] = []
    for fk in schema.get("foreignKeys", []) or []:
        if not isinstance(fk, dict) or not isinstance(fk.get("reference"), dict):
            raise DefinitieFout(f"{plaats}: een foreignKey moet 'fields' en 'reference' hebben.")
        velden_fk = bestaand(_namen(fk.get("fields"), plaats), "foreignKeys")
        ref = fk["reference"]
        doelvelden = _namen(ref.get("fields"), plaats)
        if len(doelvelden) != len(velden_fk):
            raise DefinitieFout(
                f"{plaats}: foreignKey heeft {len(velden_fk)} velden maar verwijst naar {len(doelvelden)}."
            )
        fks.append(
            Verwijzing(
                velden=velden_fk, doel=str(ref.get("resource") or naam), doelvelden=doelvelden
            )
        )
    return Tabel(
        naam=naam,
        velden=velden,
        titel=titel,
        beschrijving=beschrijving,
        primaire_sleutel=pk,
        unieke_sleutels=uks,
        verwijzingen=tuple(fks),
    )


def uit_json(data: Any, *, naam: str = "definitie") -> Definitieset:
    """A Data Package (``resources``) or a bare Table Schema (``fields``) as a definition set."""
    if not isinstance(data, dict):
        raise DefinitieFout(
            "De definitie moet een JSON-object zijn (Data Package of Table Schema)."
        )
    if "fields" in data and "resources" not in data:
        return Definitieset(naam=naam, tabellen=(tabel_uit_tableschema(naam, data),))
    resources = data.get("resources")
    if not isinstance(resources, list) or not resources:
        raise DefinitieFout(
            "De definitie heeft geen 'resources' (Data Package) of 'fields' (Table Schema)."
        )
    tabellen: list[Tabel] = []
    lijsten: list[Referentielijst] = []
    for i, res in enumerate(resources):
        if not isinstance(res, dict):
            raise DefinitieFout(f"Resource {i + 1}: moet een object zijn.")
        rnaam = _tekst(res.get("name"), f"Resource {i + 1}")
        if "data" in res:
            lijsten.append(_lijst_uit_json(rnaam, res))
        else:
            schema = res.get("schema")
            tabellen.append(
                tabel_uit_tableschema(
                    rnaam,
                    schema,
                    titel=str(res.get("title", "")),
                    beschrijving=str(res.get("description", "")),
                )
            )
    d = Definitieset(
        naam=str(data.get("name") or naam),
        versie=str(data.get("version", "1")),
        titel=str(data.get("title", "")),
        beschrijving=str(data.get("description", "")),
        tabellen=tuple(tabellen),
        referentielijsten=tuple(lijsten),
    )
    _controleer_verwijzingen(d)
    return d


def _lijst_uit_json(naam: str, res: dict[str, Any]) -> Referentielijst:
    rijen = res["data"]
    if not isinstance(rijen, list) or not rijen or not all(isinstance(r, list) for r in rijen):
        raise DefinitieFout(f"Referentielijst '{naam}': 'data' moet een lijst van rijen zijn.")
    kop, *waarden = rijen
    if not kop or kop[0] != "code":
        raise DefinitieFout(f"Referentielijst '{naam}': de eerste kolom moet 'code' heten.")
    return Referentielijst(
        naam=naam,
        titel=str(res.get("title", "")),
        beschrijving=str(res.get("description", "")),
        waarden=tuple((str(r[0]), str(r[1]) if len(r) > 1 else "") for r in waarden),
    )


def _controleer_verwijzingen(d: Definitieset) -> None:
    tabellen = {t.naam: t for t in d.tabellen}
    lijsten = {r.naam for r in d.referentielijsten}
    for t in d.tabellen:
        for w in t.verwijzingen:
            if w.doel in lijsten:
                if w.doelvelden != ("code",):
                    raise DefinitieFout(
                        f"Tabel '{t.naam}': een verwijzing naar lijst '{w.doel}' gaat naar 'code'."
                    )
            elif w.doel in tabellen:
                for n in w.doelvelden:
                    if n not in {v.naam for v in tabellen[w.doel].velden}:
                        raise DefinitieFout(
                            f"Tabel '{t.naam}': verwijst naar onbekend veld '{w.doel}.{n}'."
                        )
            else:
                raise DefinitieFout(
                    f"Tabel '{t.naam}': verwijst naar onbekende tabel of lijst '{w.doel}'."
                )
