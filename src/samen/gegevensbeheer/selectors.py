"""Reads of gegevensbeheer: definitions (also as engine values), runs and the dashboard series."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from samen.gegevensbeheer import engine
from samen.gegevensbeheer.models import Definitieset, Tabel, Validatierun


def definitieset_list() -> QuerySet[Definitieset]:
    return Definitieset.objects.prefetch_related("tabellen")


def definitieset_get(*, naam: str, versie: int) -> Definitieset:
    return Definitieset.objects.get(naam=naam, versie=versie)


def laatste_versies() -> list[Definitieset]:
    """The newest version of every definition set."""
    gezien: dict[str, Definitieset] = {}
    for ds in Definitieset.objects.order_by("naam", "-versie"):
        gezien.setdefault(ds.naam, ds)
    return list(gezien.values())


def tabel_get(*, pk: int) -> Tabel:
    return Tabel.objects.select_related("definitieset").prefetch_related("velden").get(pk=pk)


def tabellen_van_laatste_versies() -> QuerySet[Tabel]:
    ids = [ds.pk for ds in laatste_versies()]
    return Tabel.objects.filter(definitieset_id__in=ids).select_related("definitieset")


def als_engine(ds: Definitieset) -> engine.Definitieset:
    """The definition set as the pure engine's value."""
    tabellen = []
    for t in ds.tabellen.prefetch_related("velden").all():
        velden = tuple(
            engine.Veld(
                naam=v.naam,
                type=v.type,
                titel=v.titel,
                beschrijving=v.beschrijving,
                verplicht=v.verplicht,
                uniek=v.uniek,
                patroon=v.patroon or None,
                enum=tuple(str(e) for e in v.enum) if v.enum is not None else None,
                minimum=v.minimum or None,
                maximum=v.maximum or None,
                min_lengte=v.min_lengte,
                max_lengte=v.max_lengte,
            )
            for v in t.velden.all()
        )
        tabellen.append(
            engine.Tabel(
                naam=t.naam,
                velden=velden,
                titel=t.titel,
                beschrijving=t.beschrijving,
                primaire_sleutel=tuple(t.primaire_sleutel),
                unieke_sleutels=tuple(tuple(k) for k in t.unieke_sleutels),
                verwijzingen=tuple(
                    engine.Verwijzing(
                        velden=tuple(w["velden"]), doel=w["doel"], doelvelden=tuple(w["doelvelden"])
                    )
                    for w in t.verwijzingen
                ),
            )
        )
    lijsten = tuple(
        engine.Referentielijst(
            naam=r.naam,
            titel=r.titel,
            beschrijving=r.beschrijving,
            waarden=tuple((str(c), str(o)) for c, o in r.waarden),
        )
        for r in ds.referentielijsten.all()
    )
    return engine.Definitieset(
        naam=ds.naam,
        versie=str(ds.versie),
        titel=ds.titel,
        beschrijving=ds.beschrijving,
        tabellen=tuple(tabellen),
        referentielijsten=lijsten,
    )


def als_datapackage(ds: Definitieset) -> dict[str, Any]:
    return engine.naar_datapackage(als_engine(ds))


def validatierun_list(*, organisatie: Any = None, tabel: Any = None) -> QuerySet[Validatierun]:
    qs = Validatierun.objects.select_related("organisatie", "tabel", "tabel__definitieset")
    if organisatie is not None:
        qs = qs.filter(organisatie=organisatie)
    if tabel is not None:
        qs = qs.filter(tabel=tabel)
    return qs


def validatierun_get(*, pk: int) -> Validatierun:
    return validatierun_list().prefetch_related("bevindingen").get(pk=pk)


def laatste_sleutelbestand(*, organisatie: Any, tabel: Tabel, doel: str) -> str | None:
    """The key file of the newest finished run of table ``doel`` (same definition set) for the
    organisation, to check foreign keys against."""
    run = (
        Validatierun.objects.filter(
            organisatie=organisatie,
            tabel__definitieset=tabel.definitieset,
            tabel__naam=doel,
            status=Validatierun.Status.GEREED,
        )
        .exclude(sleutelbestand="")
        .order_by("-ingediend_op", "-pk")
        .first()
    )
    return run.sleutelbestand if run else None


@dataclass(frozen=True)
class Reeks:
    """The score of one organisation for one table over time."""

    organisatie: Any
    tabel: Tabel
    punten: list[Validatierun]

    @property
    def laatste(self) -> Validatierun | None:
        return self.punten[-1] if self.punten else None

    @property
    def verschil(self) -> float | None:
        if len(self.punten) < 2:
            return None
        return round((self.punten[-1].conformiteit or 0) - (self.punten[-2].conformiteit or 0), 2)


def conformiteit_reeksen() -> list[Reeks]:
    """Finished runs per (organisation, table), oldest first: the dashboard's series."""
    runs = (
        Validatierun.objects.filter(status=Validatierun.Status.GEREED)
        .select_related("organisatie", "tabel", "tabel__definitieset")
        .order_by(
            "tabel__definitieset__naam",
            "tabel__volgorde",
            "organisatie__naam",
            "ingediend_op",
            "pk",
        )
    )
    reeksen: dict[tuple[int, str, str], Reeks] = {}
    for run in runs:
        sleutel = (run.organisatie_id, run.tabel.definitieset.naam, run.tabel.naam)
        if sleutel not in reeksen:
            reeksen[sleutel] = Reeks(organisatie=run.organisatie, tabel=run.tabel, punten=[])
        reeksen[sleutel].punten.append(run)
    return list(reeksen.values())
