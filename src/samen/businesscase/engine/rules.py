"""The rules of a case that the JSON Schema cannot state; builds the checked case.

Pure Python, no Django. The second pass of :func:`.validate.case_from_data`: unique keys,
partners that exist, percentages that add up to 100, inhabitants known for the reference year,
years inside the horizon, amounts in whole cents, a range around the amount. Every broken rule
is collected before :class:`.meldingen.CaseFout` is raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from samen.businesscase.engine.meldingen import CaseFout, Locator, Melding, Pad
from samen.businesscase.engine.model import (
    MAX_LOOPTIJD,
    Bandbreedte,
    Case,
    Grondslag,
    Kostenregel,
    Partner,
    Scenario,
    Soort,
    Verdeelsleutel,
    Verdeling,
)
from samen.businesscase.engine.money import BedragFout, cents, format_euro


def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


class Regels:
    """The second pass: builds the case and collects every broken rule."""

    def __init__(self, data: Mapping[str, Any], locate: Locator) -> None:
        self.data = data
        self.locate = locate
        self.meldingen: list[Melding] = []

    def fout(self, pad: Pad, bericht: str, *, key: bool = False) -> None:
        self.meldingen.append(Melding(pad, self.locate(pad, key), bericht))

    def bedrag(self, value: Any, pad: Pad) -> int:
        try:
            return cents(_dec(value))
        except BedragFout as exc:
            self.fout(pad, str(exc))
            return 0

    def case(self) -> Case:
        d = self.data
        startjaar, looptijd = int(d["startjaar"]), int(d["looptijd"])
        partners = self.partners(d["partners"])
        sleutels = tuple(
            self.sleutel(naam, raw, partners) for naam, raw in d["verdeelsleutels"].items()
        )
        scenarios = self.scenarios(d["scenarios"], startjaar, {s.naam for s in sleutels})
        if self.meldingen:
            raise CaseFout(self.meldingen)
        return Case(
            naam=d["naam"],
            omschrijving=d.get("omschrijving", ""),
            startjaar=startjaar,
            looptijd=looptijd,
            disconteringsvoet=_dec(d.get("disconteringsvoet", 0)),
            basislijn_indexatie=_dec(d.get("basislijn_indexatie", 0)),
            partners=partners,
            verdeelsleutels=sleutels,
            scenarios=scenarios,
        )

    def partners(self, raw: list[dict[str, Any]]) -> tuple[Partner, ...]:
        out, seen = [], set()
        for i, p in enumerate(raw):
            if p["sleutel"] in seen:
                self.fout(("partners", i, "sleutel"), f"de partner '{p['sleutel']}' staat er al.")
            seen.add(p["sleutel"])
            inwoners = tuple(sorted((int(j), int(a)) for j, a in p.get("inwoners", {}).items()))
            out.append(
                Partner(
                    sleutel=p["sleutel"],
                    naam=p["naam"],
                    basislijn=self.bedrag(p.get("basislijn", 0), ("partners", i, "basislijn")),
                    inwoners=inwoners,
                )
            )
        return tuple(out)

    def partner_bekend(self, sleutel: str, partners: tuple[Partner, ...], pad: Pad) -> bool:
        if any(p.sleutel == sleutel for p in partners):
            return True
        bekend = ", ".join(p.sleutel for p in partners)
        self.fout(pad, f"onbekende partner '{sleutel}'; de partners zijn: {bekend}.", key=True)
        return False

    def sleutel(
        self, naam: str, raw: dict[str, Any], partners: tuple[Partner, ...]
    ) -> Verdeelsleutel:
        pad: Pad = ("verdeelsleutels", naam)
        g = raw["grondslag"]
        percentages = (
            {g: Decimal(100)} if isinstance(g, str) else {k: _dec(v) for k, v in g.items()}
        )
        grondslag = tuple(
            (b, percentages[b.value]) for b in Grondslag if percentages.get(b.value, 0) > 0
        )
        totaal = sum(percentages.values(), Decimal(0))
        if totaal != 100:
            self.fout(
                (*pad, "grondslag"),
                f"de percentages van de grondslag tellen op tot {totaal}%, niet tot 100%.",
            )
        # Per-partner values in the order of the partners, so that equal keys compare equal.
        volgorde = {p.sleutel: i for i, p in enumerate(partners)}

        def geordend(paren: list[tuple[str, Decimal]]) -> tuple[tuple[str, Decimal], ...]:
            return tuple(sorted(paren, key=lambda pv: volgorde.get(pv[0], len(volgorde))))

        for i, p in enumerate(raw.get("deelnemers", ())):
            self.partner_bekend(p, partners, (*pad, "deelnemers", i))
        deelnemers = tuple(p.sleutel for p in partners if p.sleutel in raw.get("deelnemers", ()))
        leden = [p for p in partners if not deelnemers or p.sleutel in deelnemers]
        eenheden = geordend([(p, _dec(v)) for p, v in raw.get("eenheden", {}).items()])
        aandelen = geordend([(p, _dec(v)) for p, v in raw.get("aandelen", {}).items()])
        for veld, waarden in (("eenheden", eenheden), ("aandelen", aandelen)):
            for p, _ in waarden:
                if (
                    self.partner_bekend(p, partners, (*pad, veld, p))
                    and deelnemers
                    and p not in deelnemers
                ):
                    self.fout(
                        (*pad, veld, p),
                        f"'{p}' staat niet bij de deelnemers van deze sleutel.",
                        key=True,
                    )
        peiljaar = raw.get("peiljaar")
        if percentages.get("inwoners", 0) > 0:
            self.inwoners_bekend(pad, peiljaar, leden)
        if percentages.get("gebruik", 0) > 0:
            per_partner = dict(eenheden)
            ontbreekt = [p.sleutel for p in leden if p.sleutel not in per_partner]
            if ontbreekt:
                self.fout(
                    (*pad, "eenheden"), f"de eenheden ontbreken voor: {', '.join(ontbreekt)}."
                )
            elif sum(per_partner.get(p.sleutel, Decimal(0)) for p in leden) <= 0:
                self.fout(
                    (*pad, "eenheden"), "de eenheden tellen op tot 0; er valt niets te verdelen."
                )
        if percentages.get("aandelen", 0) > 0 or aandelen:
            som = sum((v for _, v in aandelen), Decimal(0))
            if som != 100:
                self.fout((*pad, "aandelen"), f"de aandelen tellen op tot {som}%, niet tot 100%.")
        return Verdeelsleutel(
            naam=naam,
            grondslag=grondslag,
            peiljaar=int(peiljaar) if peiljaar is not None else None,
            eenheden=eenheden,
            eenheid=raw.get("eenheid", ""),
            aandelen=aandelen,
            deelnemers=deelnemers,
            omschrijving=raw.get("omschrijving", ""),
        )

    def inwoners_bekend(self, pad: Pad, peiljaar: Any, leden: list[Partner]) -> None:
        if peiljaar is None:
            self.fout((*pad, "grondslag"), "een verdeling naar inwoners heeft een peiljaar nodig.")
            return
        onbekend = [p.sleutel for p in leden if p.inwoners_op(int(peiljaar)) is None]
        if onbekend:
            self.fout(
                (*pad, "peiljaar"),
                f"geen inwonertal voor {peiljaar} of eerder bij: {', '.join(onbekend)}.",
            )
        elif sum(p.inwoners_op(int(peiljaar)) or 0 for p in leden) == 0:
            self.fout((*pad, "peiljaar"), f"de deelnemers hebben samen 0 inwoners in {peiljaar}.")

    def scenarios(
        self, raw: list[dict[str, Any]], startjaar: int, sleutels: set[str]
    ) -> tuple[Scenario, ...]:
        out, seen = [], set()
        for i, s in enumerate(raw):
            if s["sleutel"] in seen:
                self.fout(
                    ("scenarios", i, "sleutel"), f"het scenario '{s['sleutel']}' staat er al."
                )
            seen.add(s["sleutel"])
            regels = tuple(
                self.regel(r, ("scenarios", i, "kostenregels", j), startjaar, sleutels)
                for j, r in enumerate(s.get("kostenregels", []))
            )
            out.append(
                Scenario(
                    sleutel=s["sleutel"],
                    naam=s["naam"],
                    kostenregels=regels,
                    looptijd=s.get("looptijd"),
                    omschrijving=s.get("omschrijving", ""),
                )
            )
        return tuple(out)

    def regel(self, r: dict[str, Any], pad: Pad, startjaar: int, sleutels: set[str]) -> Kostenregel:
        soort = Soort(r["soort"])
        bedrag = self.bedrag(r["bedrag"], (*pad, "bedrag"))
        if r["verdeelsleutel"] not in sleutels:
            bekend = ", ".join(sorted(sleutels))
            self.fout(
                (*pad, "verdeelsleutel"),
                f"onbekende verdeelsleutel '{r['verdeelsleutel']}'; de sleutels zijn: {bekend}.",
            )
        if soort == Soort.INVESTERING:
            for veld in ("vanaf", "tot", "indexatie"):
                if veld in r:
                    self.fout(
                        (*pad, veld),
                        f"'{veld}' hoort niet bij een eenmalige investering; gebruik 'jaar'.",
                        key=True,
                    )
            jaar, tot = int(r.get("jaar", startjaar)), None
            self.jaar_in_bereik(jaar, startjaar, (*pad, "jaar"))
        else:
            if "jaar" in r:
                self.fout(
                    (*pad, "jaar"),
                    f"jaarlijkse {soort.value} hebben 'vanaf' en 'tot', geen 'jaar'.",
                    key=True,
                )
            jaar = int(r.get("vanaf", startjaar))
            tot = int(r["tot"]) if "tot" in r else None
            self.jaar_in_bereik(jaar, startjaar, (*pad, "vanaf"))
            if tot is not None and tot < jaar:
                self.fout(
                    (*pad, "tot"), f"het laatste jaar {tot} ligt vóór het eerste jaar {jaar}."
                )
        return Kostenregel(
            naam=r["naam"],
            soort=soort,
            bedrag=bedrag,
            verdeelsleutel=r["verdeelsleutel"],
            jaar=jaar,
            tot=tot,
            indexatie=_dec(r.get("indexatie", 0)),
            bandbreedte=self.bandbreedte(r.get("bandbreedte"), bedrag, (*pad, "bandbreedte")),
            toelichting=r.get("toelichting", ""),
        )

    def jaar_in_bereik(self, jaar: int, startjaar: int, pad: Pad) -> None:
        if jaar < startjaar:
            self.fout(pad, f"het jaar {jaar} ligt vóór het startjaar {startjaar}.")
        elif jaar >= startjaar + MAX_LOOPTIJD:
            self.fout(pad, f"het jaar {jaar} ligt meer dan {MAX_LOOPTIJD} jaar na het startjaar.")

    def bandbreedte(self, raw: dict[str, Any] | None, bedrag: int, pad: Pad) -> Bandbreedte | None:
        if raw is None:
            return None
        lo = self.bedrag(raw["minimum"], (*pad, "minimum"))
        hi = self.bedrag(raw["maximum"], (*pad, "maximum"))
        if lo > bedrag:
            self.fout(
                (*pad, "minimum"),
                f"het minimum {format_euro(lo, centen=True)} ligt boven het bedrag {format_euro(bedrag, centen=True)}.",
            )
        if hi < bedrag:
            self.fout(
                (*pad, "maximum"),
                f"het maximum {format_euro(hi, centen=True)} ligt onder het bedrag {format_euro(bedrag, centen=True)}.",
            )
        return Bandbreedte(lo, hi, Verdeling(raw.get("verdeling", Verdeling.DRIEHOEK)))
