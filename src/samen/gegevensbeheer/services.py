"""Writes of gegevensbeheer: importing a definition set as a new version, submitting an upload
and running its validation (the background task's body)."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import IO, Any

import duckdb
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from samen.core.services import fout
from samen.gegevensbeheer import engine, selectors
from samen.gegevensbeheer.engine.lezen import LeesFout, open_bron, vertaal_duckdb_fout
from samen.gegevensbeheer.models import (
    Bevinding,
    Definitieset,
    Referentielijst,
    Tabel,
    Validatierun,
    Veld,
)

MAX_UPLOAD = 2 * 1024**3
#: Files up to this size are parsed completely before the upload is accepted.
VOLLEDIG_VOORAF = 64 * 1024**2


def opslagmap(soort: str) -> Path:
    pad = Path(settings.VAR_DIR) / "gegevensbeheer" / soort
    pad.mkdir(parents=True, exist_ok=True)
    return pad


@transaction.atomic
def definitieset_importeren(*, data: Any, naam: str = "definitie") -> Definitieset:
    """Store a Data Package / Table Schema as the next version of its set. Stores nothing on error."""
    if "\\u0000" in json.dumps(data, default=str):
        raise fout("definitie", "De definitie bevat een NUL-teken; dat kan niet worden opgeslagen.")
    try:
        d = engine.uit_json(data, naam=naam)
    except engine.DefinitieFout as exc:
        raise fout("definitie", str(exc)) from exc
    if not d.tabellen:
        raise fout("definitie", "De definitie bevat geen tabellen.")
    slug = d.naam.lower().replace(" ", "-")[:80]
    vorige = Definitieset.objects.filter(naam=slug).aggregate(m=Max("versie"))["m"] or 0
    ds = Definitieset(
        naam=slug, versie=vorige + 1, titel=d.titel[:200], beschrijving=d.beschrijving
    )
    ds.full_clean()
    ds.save()
    for r in d.referentielijsten:
        Referentielijst.objects.create(
            definitieset=ds,
            naam=r.naam,
            titel=r.titel,
            beschrijving=r.beschrijving,
            waarden=[list(w) for w in r.waarden],
        )
    for i, t in enumerate(d.tabellen):
        tabel = Tabel.objects.create(
            definitieset=ds,
            naam=t.naam,
            volgorde=i,
            titel=t.titel,
            beschrijving=t.beschrijving,
            primaire_sleutel=list(t.primaire_sleutel),
            unieke_sleutels=[list(k) for k in t.unieke_sleutels],
            verwijzingen=[
                {"velden": list(w.velden), "doel": w.doel, "doelvelden": list(w.doelvelden)}
                for w in t.verwijzingen
            ],
        )
        Veld.objects.bulk_create(
            Veld(
                tabel=tabel,
                volgorde=j,
                naam=v.naam,
                type=v.type,
                titel=v.titel,
                beschrijving=v.beschrijving,
                verplicht=v.verplicht,
                uniek=v.uniek,
                patroon=v.patroon or "",
                enum=list(v.enum) if v.enum is not None else None,
                minimum=v.minimum or "",
                maximum=v.maximum or "",
                min_lengte=v.min_lengte,
                max_lengte=v.max_lengte,
            )
            for j, v in enumerate(t.velden)
        )
    return ds


def _voorcontrole(pad: Path, tabel: Tabel) -> str:
    """Read format, encoding and header now, so an unreadable file is refused at once."""
    import tempfile

    d = selectors.als_engine(tabel.definitieset)
    namen = [v.naam for v in d.tabel(tabel.naam).velden]
    with tempfile.TemporaryDirectory(prefix="samen-voorcontrole-") as tmp:
        from samen.gegevensbeheer.engine.controle import verbinding

        con = verbinding(Path(tmp), geheugen="256MB")
        try:
            bron = open_bron(pad, Path(tmp), verbinding=con)
            if pad.stat().st_size <= VOLLEDIG_VOORAF:
                try:  # parse the whole file now: a ragged row is refused before anything is stored
                    con.execute(f"SELECT count(*) FROM {bron.sql}").fetchall()
                except duckdb.Error as exc:
                    raise vertaal_duckdb_fout(exc, bron) from exc
        finally:
            con.close()
    ontbrekend = [n for n in namen if n not in bron.kolommen]
    if ontbrekend:
        lijst = ", ".join(f"'{n}'" for n in ontbrekend)
        raise LeesFout(f"Regel 1 (de kopregel): kolom {lijst} ontbreekt.")
    return bron.formaat


def validatierun_indienen(
    *,
    organisatie: Any,
    tabel: Tabel,
    bestand: IO[bytes],
    bestandsnaam: str,
    door: Any = None,
    wachtrij: bool = True,
) -> Validatierun:
    """Store an upload and queue its validation. An unreadable file stores nothing."""
    doel = opslagmap("uploads") / f"{uuid.uuid4().hex}{Path(bestandsnaam).suffix.lower()[:10]}"
    with doel.open("wb") as uit:
        shutil.copyfileobj(bestand, uit, length=1 << 20)
    try:
        if doel.stat().st_size > MAX_UPLOAD:
            raise fout("bestand", "Het bestand is groter dan 2 GiB.")
        try:
            formaat = _voorcontrole(doel, tabel)
        except LeesFout as exc:
            raise fout("bestand", f"{bestandsnaam}: {exc}") from exc
        with transaction.atomic():
            run = Validatierun(
                organisatie=organisatie,
                tabel=tabel,
                bestandsnaam=bestandsnaam[:255],
                grootte=doel.stat().st_size,
                formaat=formaat,
                ingediend_door=door if getattr(door, "pk", None) else None,
                ingediend_op=timezone.now(),
                bestand=str(doel),
            )
            run.full_clean()
            run.save()
            if wachtrij:
                from samen.gegevensbeheer.taken import valideer_upload

                resultaat = valideer_upload.enqueue(run.pk)
                run.taak_id = str(resultaat.id)
                run.save(update_fields=["taak_id"])
    except ValidationError:
        doel.unlink(missing_ok=True)
        raise
    return run


def _mislukt(run: Validatierun, melding: str, upload: Path) -> None:
    """A run whose file could not be checked: no findings, no score, the upload removed."""
    run.status = Validatierun.Status.MISLUKT
    run.foutmelding = melding
    run.gereed_op = timezone.now()
    run.bestand = ""
    run.save(update_fields=["status", "foutmelding", "gereed_op", "bestand"])
    upload.unlink(missing_ok=True)


def validatierun_uitvoeren(*, run_id: int) -> Validatierun:
    """Validate the stored file of a run and store its findings (the background task's body)."""
    run = Validatierun.objects.select_related("tabel__definitieset", "organisatie").get(pk=run_id)
    run.status = Validatierun.Status.BEZIG
    run.gestart_op = timezone.now()
    run.save(update_fields=["status", "gestart_op"])
    d = selectors.als_engine(run.tabel.definitieset)
    t = d.tabel(run.tabel.naam)
    referenties: dict[str, Path] = {}
    for w in t.verwijzingen:
        pad = selectors.laatste_sleutelbestand(
            organisatie=run.organisatie, tabel=run.tabel, doel=w.doel
        )
        if pad and Path(pad).exists():
            referenties[w.doel] = Path(pad)
    sleutels = (
        opslagmap("sleutels") / f"run-{run.pk}.parquet"
        if engine.verwezen_velden(d, t.naam)
        else None
    )
    upload = Path(run.bestand)
    try:
        r = engine.valideer(
            upload,
            d,
            t.naam,
            referenties=referenties,
            sleutels_naar=sleutels,
            bestandsnaam=run.bestandsnaam,
        )
    except (LeesFout, OSError) as exc:
        _mislukt(run, str(exc), upload)
        return run
    except Exception:
        _mislukt(run, "Er ging iets mis bij het controleren; meld het bij de beheerder.", upload)
        raise
    with transaction.atomic():
        run.status = Validatierun.Status.GEREED
        run.gereed_op = timezone.now()
        run.duur_s = r.duur_s
        run.rijen = r.rijen
        run.schendingen = r.schendingen
        run.conformiteit = r.conformiteit
        run.meldingen = list(r.meldingen)
        run.formaat = r.formaat
        run.sleutelbestand = str(sleutels) if sleutels and sleutels.exists() else ""
        run.bestand = ""
        run.save()
        Bevinding.objects.bulk_create(
            Bevinding(
                run=run,
                volgorde=i,
                beperking=b.beperking,
                velden=list(b.velden),
                omschrijving=b.omschrijving[:300],
                aantal=b.aantal,
                voorbeelden=[{"rij": v.rij, "waarden": v.waarden} for v in b.voorbeelden],
            )
            for i, b in enumerate(r.bevindingen)
        )
    upload.unlink(missing_ok=True)
    return run
