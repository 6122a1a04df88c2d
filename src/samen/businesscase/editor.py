"""Between the editor's forms and the case document, both ways, and the engine's problems back.

Each editor page changes one part of the case document (a deep copy of the stored data): the
header and partners, the allocation keys, or one scenario. The engine checks the whole
document; each of its problems (:class:`~samen.businesscase.engine.validate.Melding`) goes to
the form field it is about, or, if that field is not on the page, to the page's list of
problems in words ("scenario 'pool-3', kostenregel 'Poolmanager', verdeelsleutel: ...").
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext

from samen.businesscase.engine.model import Grondslag
from samen.businesscase.engine.validate import Melding, Pad

HONDERD = Decimal(100)


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def kopie(data: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(data)


# --- header and partners -----------------------------------------------------------------------


def kop_initial(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "naam": data["naam"],
        "omschrijving": data.get("omschrijving", ""),
        "startjaar": data["startjaar"],
        "looptijd": data["looptijd"],
        "disconteringsvoet": _dec(data.get("disconteringsvoet", 0)) * HONDERD,
        "basislijn_indexatie": _dec(data.get("basislijn_indexatie", 0)) * HONDERD,
    }


def kop_toepassen(data: dict[str, Any], c: dict[str, Any]) -> None:
    data.update(naam=c["naam"], startjaar=c["startjaar"], looptijd=c["looptijd"])
    data["disconteringsvoet"] = c["disconteringsvoet"] / HONDERD
    _set(data, "omschrijving", c["omschrijving"])
    _set(data, "basislijn_indexatie", (c.get("basislijn_indexatie") or 0) / HONDERD or None)


def _set(target: dict[str, Any], veld: str, value: Any) -> None:
    if value in (None, "", []):
        target.pop(veld, None)
    else:
        target[veld] = value


def inwoner_jaren(data: dict[str, Any]) -> list[int]:
    jaren = {int(j) for p in data["partners"] for j in p.get("inwoners", {})}
    jaren |= {int(k["peiljaar"]) for k in data["verdeelsleutels"].values() if "peiljaar" in k}
    return sorted(jaren)


def partner_initial(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for p in data["partners"]:
        row: dict[str, Any] = {
            "sleutel": p["sleutel"],
            "naam": p["naam"],
            "basislijn": _dec(p.get("basislijn", 0)),
        }
        row.update({f"inwoners_{j}": a for j, a in p.get("inwoners", {}).items()})
        out.append(row)
    return out


def partners_toepassen(
    data: dict[str, Any], formset: Any, jaren: list[int]
) -> tuple[dict[int, Any], list[str]]:
    """Put the partners of ``formset`` in ``data``; the forms by index, and notes for the user.

    A renamed partner keeps its place in every key; a removed partner leaves every key; a new
    partner gets 0 units in keys by usage (with a note to fill them in).
    """
    partners: list[dict[str, Any]] = []
    forms_by_index: dict[int, Any] = {}
    hernoemd: dict[str, str] = {}
    notities: list[str] = []
    for form in formset.forms:
        c = getattr(form, "cleaned_data", None) or {}
        oud = form.initial.get("sleutel")
        if not c or c.get("DELETE"):
            continue
        partner: dict[str, Any] = {
            "sleutel": c["sleutel"],
            "naam": c["naam"],
            "basislijn": c.get("basislijn") or 0,
        }
        inwoners = {str(j): c[f"inwoners_{j}"] for j in jaren if c.get(f"inwoners_{j}") is not None}
        if inwoners:
            partner["inwoners"] = inwoners
        forms_by_index[len(partners)] = form
        partners.append(partner)
        if oud:
            hernoemd[oud] = c["sleutel"]
    nieuw = [p["sleutel"] for p in partners if p["sleutel"] not in hernoemd.values()]
    for naam, key in data["verdeelsleutels"].items():
        for veld in ("eenheden", "aandelen"):
            if veld in key:
                key[veld] = {hernoemd[p]: v for p, v in key[veld].items() if p in hernoemd}
        if "deelnemers" in key:
            key["deelnemers"] = [hernoemd[p] for p in key["deelnemers"] if p in hernoemd]
            if not key["deelnemers"]:
                key.pop("deelnemers")
        grondslag = key["grondslag"]
        naar_gebruik = grondslag == "gebruik" or (
            isinstance(grondslag, dict) and grondslag.get("gebruik")
        )
        if naar_gebruik and nieuw:
            for p in nieuw:
                key.setdefault("eenheden", {})[p] = 0
            notities.append(
                gettext("Vul bij de verdeelsleutel '%(naam)s' de eenheden in voor: %(wie)s (nu 0).")
                % {"naam": naam, "wie": ", ".join(nieuw)}
            )
    data["partners"] = partners
    return forms_by_index, notities


# --- allocation keys ---------------------------------------------------------------------------


def sleutel_initial(data: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for naam, k in data["verdeelsleutels"].items():
        g = k["grondslag"]
        percentages = {g: 100} if isinstance(g, str) else g
        row: dict[str, Any] = {"naam": naam, **{b: _dec(v) for b, v in percentages.items()}}
        row.update(peiljaar=k.get("peiljaar"), eenheid=k.get("eenheid", ""), deelnemers=k.get("deelnemers", []),
                   omschrijving=k.get("omschrijving", ""))  # fmt: skip
        row.update({f"eenheden_{p}": _dec(v) for p, v in k.get("eenheden", {}).items()})
        row.update({f"aandeel_{p}": _dec(v) for p, v in k.get("aandelen", {}).items()})
        out.append(row)
    return out


def sleutels_toepassen(data: dict[str, Any], formset: Any, partners: list[str]) -> dict[str, Any]:
    sleutels, forms_by_name = {}, {}
    for form in formset.forms:
        c = getattr(form, "cleaned_data", None) or {}
        if not c or c.get("DELETE"):
            continue
        grondslag = {b.value: c[b.value] for b in Grondslag if c.get(b.value)}
        key: dict[str, Any] = {"grondslag": grondslag}
        _set(key, "peiljaar", c.get("peiljaar"))
        _set(key, "eenheid", c.get("eenheid"))
        _set(
            key,
            "eenheden",
            {p: c[f"eenheden_{p}"] for p in partners if c.get(f"eenheden_{p}") is not None},
        )
        _set(
            key,
            "aandelen",
            {p: c[f"aandeel_{p}"] for p in partners if c.get(f"aandeel_{p}") is not None},
        )
        if set(c.get("deelnemers") or []) != set(partners):
            _set(key, "deelnemers", [p for p in partners if p in (c.get("deelnemers") or [])])
        _set(key, "omschrijving", c.get("omschrijving"))
        if c["naam"] in sleutels:
            form.add_error(
                "naam", gettext("Er is al een verdeelsleutel '%(naam)s'.") % {"naam": c["naam"]}
            )
        sleutels[c["naam"]] = key
        forms_by_name[c["naam"]] = form
    data["verdeelsleutels"] = sleutels
    return forms_by_name


# --- a scenario --------------------------------------------------------------------------------


def scenario_initial(s: dict[str, Any]) -> dict[str, Any]:
    return {k: s.get(k) for k in ("sleutel", "naam", "looptijd", "omschrijving")}


def regel_initial(r: dict[str, Any]) -> dict[str, Any]:
    band = r.get("bandbreedte", {})
    return {
        "naam": r["naam"],
        "soort": r["soort"],
        "bedrag": _dec(r["bedrag"]),
        "jaar": r.get("jaar", r.get("vanaf")),
        "tot": r.get("tot"),
        "indexatie": _dec(r["indexatie"]) * HONDERD if "indexatie" in r else None,
        "verdeelsleutel": r["verdeelsleutel"],
        "minimum": _dec(band["minimum"]) if band else None,
        "maximum": _dec(band["maximum"]) if band else None,
        "verdeling": band.get("verdeling", "") if band else "",
        "toelichting": r.get("toelichting", ""),
    }


def scenario_toepassen(s: dict[str, Any], c: dict[str, Any]) -> None:
    s.update(sleutel=c["sleutel"], naam=c["naam"])
    _set(s, "looptijd", c.get("looptijd"))
    _set(s, "omschrijving", c.get("omschrijving"))


def regels_toepassen(s: dict[str, Any], formset: Any) -> dict[int, Any]:
    regels: list[dict[str, Any]] = []
    forms_by_index: dict[int, Any] = {}
    for form in formset.forms:
        c = getattr(form, "cleaned_data", None) or {}
        if not c or c.get("DELETE"):
            continue
        regel: dict[str, Any] = {"naam": c["naam"], "soort": c["soort"], "bedrag": c["bedrag"]}
        _set(regel, "jaar" if c["soort"] == "investering" else "vanaf", c.get("jaar"))
        _set(regel, "tot", c.get("tot"))
        if c.get("indexatie") is not None:
            regel["indexatie"] = c["indexatie"] / HONDERD
        regel["verdeelsleutel"] = c["verdeelsleutel"]
        if c.get("minimum") is not None and c.get("maximum") is not None:
            regel["bandbreedte"] = {"minimum": c["minimum"], "maximum": c["maximum"],
                                    "verdeling": c.get("verdeling") or "driehoek"}  # fmt: skip
        _set(regel, "toelichting", c.get("toelichting"))
        forms_by_index[len(regels)] = form
        regels.append(regel)
    s["kostenregels"] = regels
    return forms_by_index


# --- problems back to the fields ---------------------------------------------------------------

REGEL_VELDEN = {"vanaf": "jaar", "jaar": "jaar", "tot": "tot", "indexatie": "indexatie", "naam": "naam",
                "soort": "soort", "bedrag": "bedrag", "verdeelsleutel": "verdeelsleutel",
                "toelichting": "toelichting"}  # fmt: skip


def beschrijf(pad: Pad, data: dict[str, Any]) -> str:
    """A path in words: ``scenario 'pool-3', kostenregel 'Poolmanager', bedrag``."""
    delen, node = [], data
    for i, part in enumerate(pad):
        vorige = pad[i - 1] if i else None
        try:
            node = node[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            delen.append(str(part))
            continue
        if vorige == "partners":
            delen[-1:] = [f"partner '{node.get('sleutel', part)}'"]
        elif vorige == "scenarios":
            delen[-1:] = [f"scenario '{node.get('sleutel', part)}'"]
        elif vorige == "kostenregels":
            delen[-1:] = [f"kostenregel '{node.get('naam', part)}'"]
        elif vorige == "verdeelsleutels":
            delen[-1:] = [f"verdeelsleutel '{part}'"]
        else:
            delen.append(str(part))
    return ", ".join(delen)


Route = tuple[Pad, Any, dict[str, str] | None, bool]


def toewijzen(meldingen: list[Melding], data: dict[str, Any], routes: list[Route]) -> list[str]:
    """Put each problem on a form of the page; return the others, in words.

    A route is (path prefix, a form or {index or name: form}, a field-name map, strict). The
    first route whose prefix matches takes the problem: on the field it names, or else on the
    form as a whole, unless the route is strict (then the next route is tried).
    """
    over = []
    for m in meldingen:
        for prefix, target, velden, strikt in routes:
            if m.pad[: len(prefix)] != prefix:
                continue
            rest = m.pad[len(prefix) :]
            form = target
            if isinstance(target, dict):
                if not rest or rest[0] not in target:
                    continue
                form, rest = target[rest[0]], rest[1:]
            veld = _veld(rest, form, velden)
            if veld is None and strikt:
                continue
            form.add_error(veld, m.bericht[:1].upper() + m.bericht[1:])
            break
        else:
            over.append(f"{beschrijf(m.pad, data)}: {m.bericht}" if m.pad else m.bericht)
    return over


def _veld(rest: Pad, form: forms.Form, velden: dict[str, str] | None) -> str | None:
    if not rest:
        return None
    eerste = str(rest[0])
    if eerste == "inwoners" and len(rest) > 1:
        naam = f"inwoners_{rest[1]}"
    elif eerste == "eenheden" and len(rest) > 1:
        naam = f"eenheden_{rest[1]}"
    elif eerste == "aandelen" and len(rest) > 1:
        naam = f"aandeel_{rest[1]}"
    elif eerste == "bandbreedte" and len(rest) > 1:
        naam = str(rest[1])
    elif eerste in ("grondslag", "eenheden", "aandelen", "bandbreedte"):
        return None
    else:
        naam = (velden or {}).get(eerste, eerste)
    return naam if naam in form.fields else None
