"""The validation engine: every constraint of a table checked over a file, vectorised in DuckDB.

How it works (see docs/decisions/0006-validation-engine.md):

1. :func:`~samen.gegevensbeheer.engine.lezen.open_bron` finds format, encoding and delimiter and
   gives a DuckDB source of text columns; the header must hold every field of the table.
2. One scan counts the violations of every row-level constraint (type, required, pattern, enum,
   minimum/maximum, length, reference list) with ``count(*) FILTER (WHERE ...)`` and keeps the
   first N violating rows of each with ``min_by(row, row number, N)``; nothing else is kept.
3. Each unique key (a unique field, the primary key, a unique key over several fields) is a
   ``GROUP BY`` that counts every row whose key occurred before (the Frictionless count); each
   foreign key to another table is an anti-join against that table's key file.

DuckDB reads the CSV out of core with a memory limit and spills to a temporary directory, so a
file larger than memory is fine. Pure Python, no Django.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import duckdb

from samen.gegevensbeheer.engine.lezen import (
    Bron,
    LeesFout,
    open_bron,
    sql_naam,
    vertaal_duckdb_fout,
)
from samen.gegevensbeheer.engine.resultaat import Bevinding, Resultaat, Voorbeeld
from samen.gegevensbeheer.engine.schema import Definitieset, Tabel
from samen.gegevensbeheer.engine.sql import Controle, getypt, veld_controles

Voortgang = Callable[[float, str], None]
VOORBEELDEN = 5


def verbinding(
    werkmap: Path, *, geheugen: str = "1GB", threads: int | None = None
) -> duckdb.DuckDBPyConnection:
    config: dict[str, Any] = {
        "memory_limit": geheugen,
        "temp_directory": str(werkmap / "duckdb.tmp"),
        "preserve_insertion_order": True,
    }
    if threads:
        config["threads"] = threads
    con = duckdb.connect(":memory:", config=config)
    con.execute("SET enable_progress_bar = true; SET enable_progress_bar_print = false")
    return con


def _uitvoeren(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    voortgang: Voortgang | None,
    van: float,
    tot: float,
    stap: str,
) -> list[Any]:
    """Run ``sql``; while it runs, report DuckDB's progress scaled to [van, tot]."""
    if voortgang is None:
        return con.execute(sql).fetchall()
    uitkomst: list[Any] = []
    fout: list[BaseException] = []

    def werk() -> None:
        try:
            uitkomst.extend(con.execute(sql).fetchall())
        except BaseException as exc:  # re-raised in the caller's thread
            fout.append(exc)

    draad = threading.Thread(target=werk, daemon=True)
    draad.start()
    while draad.is_alive():
        draad.join(0.2)
        try:
            p = con.query_progress()
        except Exception:  # the query may just have finished
            p = -1
        if p >= 0:
            voortgang(van + (tot - van) * min(p, 100.0) / 100.0, stap)
    if fout:
        raise fout[0]
    voortgang(tot, stap)
    return uitkomst


def _voorbeelden(lijst: Any, kolommen: list[str]) -> tuple[Voorbeeld, ...]:
    if not lijst:
        return ()
    return tuple(
        Voorbeeld(rij=int(r["_rij"]), waarden={k: r[k] for k in kolommen})
        for r in sorted(lijst, key=lambda r: r["_rij"])
    )


def valideer(
    pad: Path | str,
    definitie: Definitieset,
    tabel: str,
    *,
    referenties: Mapping[str, Path] | None = None,
    sleutels_naar: Path | None = None,
    voortgang: Voortgang | None = None,
    geheugen: str = "1GB",
    threads: int | None = None,
    werkmap: Path | None = None,
    bestandsnaam: str | None = None,
) -> Resultaat:
    """Check file ``pad`` against table ``tabel`` of ``definitie``.

    ``referenties`` maps a referenced table to a file with its data (for foreign keys);
    ``sleutels_naar``, when given, receives a Parquet file of the distinct values of the fields
    other tables refer to. Raises :class:`LeesFout` for a file that cannot be read.
    """
    pad = Path(pad)
    t = definitie.tabel(tabel)
    begin = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="samen-valideer-", dir=werkmap) as tmp:
        werk = Path(tmp)
        con = verbinding(werk, geheugen=geheugen, threads=threads)
        try:
            bron = open_bron(pad, werk, verbinding=con)
            try:
                resultaat = _valideer_bron(
                    con, bron, definitie, t, referenties or {}, werk, voortgang, sleutels_naar
                )
            except duckdb.Error as exc:
                raise vertaal_duckdb_fout(exc, bron) from exc
        finally:
            con.close()
    return Resultaat(
        tabel=t.naam,
        bestand=bestandsnaam or pad.name,
        formaat=bron.formaat,
        grootte=bron.grootte,
        codering=bron.codering,
        scheidingsteken=bron.scheidingsteken,
        duur_s=time.perf_counter() - begin,
        **resultaat,
    )


def _valideer_bron(
    con: duckdb.DuckDBPyConnection,
    bron: Bron,
    d: Definitieset,
    t: Tabel,
    referenties: Mapping[str, Path],
    werk: Path,
    voortgang: Voortgang | None,
    sleutels_naar: Path | None,
) -> dict[str, Any]:
    namen = [v.naam for v in t.velden]
    ontbrekend = [n for n in namen if n not in bron.kolommen]
    if ontbrekend:
        lijst = ", ".join(f"'{n}'" for n in ontbrekend)
        raise LeesFout(
            f"Regel 1 (de kopregel): kolom {lijst} ontbreekt (tabel '{t.naam}' verwacht: {', '.join(namen)})."
        )
    meldingen = [
        f"Kolom '{k}' staat niet in de definitie en is niet gecontroleerd."
        for k in bron.kolommen
        if k not in namen
    ]
    ruwe = ", ".join(f"NULLIF({sql_naam(n)}, '') AS {sql_naam(n)}" for n in namen)
    getypte = ", ".join(f"{getypt(v, sql_naam(v.naam))} AS _t{i}" for i, v in enumerate(t.velden))
    # Counting needs no row numbers and runs fully parallel; examples do (a streaming window).
    con.execute(f"CREATE VIEW ruw0 AS SELECT {ruwe} FROM {bron.sql}")
    con.execute(f"CREATE VIEW bron0 AS SELECT *, {getypte} FROM ruw0")
    con.execute(
        f"CREATE VIEW ruw AS SELECT row_number() OVER () + 1 AS _rij, {ruwe} FROM {bron.sql}"
    )
    con.execute(f"CREATE VIEW bron AS SELECT *, {getypte} FROM ruw")
    lijsten = {r.naam: r for r in d.referentielijsten}
    enkel = {
        w.velden[0]: w.doel for w in t.verwijzingen if len(w.velden) == 1 and w.doel in lijsten
    }
    controles: list[Controle] = []
    for i, v in enumerate(t.velden):
        controles.extend(veld_controles(v, sql_naam(v.naam), f"_t{i}", lijsten, enkel.get(v.naam)))
    rij = "struct_pack(_rij, " + ", ".join(sql_naam(n) for n in namen) + ")"
    vlaggen = ", ".join(f"coalesce({c.conditie}, false) AS _f{k}" for k, c in enumerate(controles))
    delen = ["count(*)"] + [f"count_if(_f{k})" for k in range(len(controles))]
    if controles:
        delen.append("count_if(" + " OR ".join(f"_f{k}" for k in range(len(controles))) + ")")
    sleutels = _sleutels(t)
    verwijzingen = [w for w in t.verwijzingen if w.doel not in lijsten]
    stappen = 1 + len(sleutels) + len(verwijzingen) + (1 if sleutels_naar else 0)
    stap = 1.0 / stappen
    van = f"(SELECT {vlaggen} FROM bron0)" if controles else "bron0"
    uit = _uitvoeren(
        con, f"SELECT {', '.join(delen)} FROM {van}", voortgang, 0.0, stap, "controleren"
    )[0]
    rijen = int(uit[0])
    aantallen = [int(a) for a in uit[1 : 1 + len(controles)]]
    foutief = int(uit[-1]) if controles else 0
    voorbeelden_per = _rij_voorbeelden(con, controles, aantallen, namen) if foutief else {}
    bevindingen: list[Bevinding] = [
        Bevinding(c.beperking, c.velden, c.omschrijving, aantallen[k], voorbeelden_per.get(k, ()))
        for k, c in enumerate(controles)
    ]
    positie = stap
    index = {v.naam: i for i, v in enumerate(t.velden)}
    for beperking, velden, omschrijving, leeg_telt in sleutels:
        getypt_ = ", ".join(f"_t{index[n]}" for n in velden)
        leeg = " AND ".join(f"_t{index[n]} IS NULL" for n in velden)
        dubbel = f"""SELECT coalesce(sum(n - 1) FILTER (WHERE NOT leeg AND n > 1), 0),
                            coalesce(sum(n) FILTER (WHERE leeg), 0)
                     FROM (SELECT count(*) AS n, ({leeg}) AS leeg FROM bron0 GROUP BY {getypt_}, ({leeg}))"""
        dubbelen, legen = _uitvoeren(
            con, dubbel, voortgang, positie, positie + stap, "unieke sleutels"
        )[0]
        positie += stap
        aantal = int(dubbelen) + (int(legen) if leeg_telt else 0)
        voorbeelden: tuple[Voorbeeld, ...] = ()
        if aantal:
            leeg_voorwaarde = f"({leeg})" if leeg_telt else "false"
            sql = f"""SELECT {rij} FROM (
                        SELECT *, row_number() OVER (PARTITION BY {getypt_} ORDER BY _rij) AS _volgnr FROM bron)
                      WHERE (_volgnr > 1 AND NOT ({leeg})) OR {leeg_voorwaarde} ORDER BY _rij LIMIT {VOORBEELDEN}"""
            voorbeelden = _voorbeelden([r[0] for r in con.execute(sql).fetchall()], namen)
        foutief += aantal
        bevindingen.append(Bevinding(beperking, velden, omschrijving, aantal, voorbeelden))
    for w in verwijzingen:
        pad = referenties.get(w.doel)
        if w.doel == t.naam:
            doel_sql = "bron"
            doelkolommen = [sql_naam(n) for n in w.doelvelden]
        elif pad is None:
            meldingen.append(
                f"Verwijzing {', '.join(w.velden)} → {w.doel} is niet gecontroleerd: geen gegevens van '{w.doel}'."
            )
            positie += stap
            continue
        else:
            doel_bron = open_bron(Path(pad), werk, verbinding=con)
            for n in w.doelvelden:
                if n not in doel_bron.kolommen:
                    raise LeesFout(f"De gegevens van '{w.doel}' missen kolom '{n}'.")
            doel_sql = doel_bron.sql
            doelkolommen = [f"NULLIF(trim({sql_naam(n)}), '')" for n in w.doelvelden]
        eigen = [f"CAST(_t{index[n]} AS VARCHAR)" for n in w.velden]
        sleutel_doel = ", ".join(f"{k} AS _k{i}" for i, k in enumerate(doelkolommen))
        aan = " AND ".join(f"{e} = r._k{i}" for i, e in enumerate(eigen))
        leeg = " AND ".join(f"_t{index[n]} IS NULL" for n in w.velden)
        basis = f"""FROM bron ANTI JOIN (SELECT DISTINCT {sleutel_doel} FROM {doel_sql}) r ON {aan}
                    WHERE NOT ({leeg})"""
        aantal = int(
            _uitvoeren(
                con, f"SELECT count(*) {basis}", voortgang, positie, positie + stap, "verwijzingen"
            )[0][0]
        )
        positie += stap
        voorbeelden = ()
        if aantal:
            rows = con.execute(f"SELECT {rij} {basis} ORDER BY _rij LIMIT {VOORBEELDEN}").fetchall()
            voorbeelden = _voorbeelden([r[0] for r in rows], namen)
        foutief += aantal
        omschrijving = f"verwijzing naar {w.doel} ({', '.join(w.doelvelden)}) bestaat niet"
        bevindingen.append(Bevinding("foreignKey", w.velden, omschrijving, aantal, voorbeelden))
    if sleutels_naar is not None:
        _schrijf_sleutels(con, d, t, sleutels_naar)
    return {
        "rijen": rijen,
        "bevindingen": tuple(bevindingen),
        "foutieve_rijen": foutief,
        "meldingen": tuple(meldingen),
    }


def _rij_voorbeelden(
    con: duckdb.DuckDBPyConnection,
    controles: list[Controle],
    aantallen: list[int],
    namen: list[str],
) -> dict[int, tuple[Voorbeeld, ...]]:
    """The first violating rows of every violated row-level check, in one streaming scan that
    stops as soon as each has its examples."""
    geschonden = [k for k, a in enumerate(aantallen) if a]
    if not geschonden:
        return {}
    vlaggen = ", ".join(f"coalesce({controles[k].conditie}, false) AS _f{k}" for k in geschonden)
    kolommen = ", ".join(sql_naam(n) for n in namen)
    waar = " OR ".join(f"_f{k}" for k in geschonden)
    sql = (
        f"SELECT _rij, {kolommen}, {', '.join(f'_f{k}' for k in geschonden)} "
        f"FROM (SELECT _rij, {kolommen}, {vlaggen} FROM bron) WHERE {waar}"
    )
    gevonden: dict[int, list[Voorbeeld]] = {k: [] for k in geschonden}
    nodig = {k: min(VOORBEELDEN, aantallen[k]) for k in geschonden}
    open_ = set(geschonden)
    cursor = con.cursor()  # closing it stops the scan as soon as every check has its examples
    try:
        resultaat = cursor.execute(sql)
        while open_:
            r = resultaat.fetchone()  # not fetchmany: that waits for a full batch of matches
            if r is None:
                break
            waarden = dict(zip(namen, r[1 : 1 + len(namen)], strict=True))
            voorbeeld = Voorbeeld(rij=int(r[0]), waarden=waarden)
            for j, k in enumerate(geschonden):
                if r[1 + len(namen) + j] and k in open_:
                    gevonden[k].append(voorbeeld)
                    if len(gevonden[k]) >= nodig[k]:
                        open_.discard(k)
    finally:
        cursor.close()
    return {k: tuple(v) for k, v in gevonden.items()}


def _sleutels(t: Tabel) -> list[tuple[str, tuple[str, ...], str, bool]]:
    uit: list[tuple[str, tuple[str, ...], str, bool]] = []
    for v in t.velden:
        if v.uniek:
            uit.append(("unique", (v.naam,), "waarde komt al eerder voor", False))
    if t.primaire_sleutel:
        uit.append(
            ("primaryKey", t.primaire_sleutel, "sleutel is leeg of komt al eerder voor", True)
        )
    for k in t.unieke_sleutels:
        uit.append(("uniqueKey", k, "combinatie komt al eerder voor", False))
    return uit


def verwezen_velden(d: Definitieset, tabel: str) -> list[str]:
    """The fields of ``tabel`` that foreign keys of other tables refer to."""
    velden: list[str] = []
    for t in d.tabellen:
        for w in t.verwijzingen:
            if w.doel == tabel and t.naam != tabel:
                velden.extend(n for n in w.doelvelden if n not in velden)
    return velden


def _schrijf_sleutels(
    con: duckdb.DuckDBPyConnection, d: Definitieset, t: Tabel, doel: Path
) -> None:
    velden = verwezen_velden(d, t.naam)
    if not velden:
        return
    kolommen = ", ".join(f"trim({sql_naam(n)}) AS {sql_naam(n)}" for n in velden)
    con.execute(
        f"COPY (SELECT DISTINCT {kolommen} FROM ruw) TO '{str(doel).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)"
    )
