"""Opening a data file for validation: format, encoding, delimiter and header, as a DuckDB source.

CSV (delimiter ``,`` ``;`` tab or ``|``; UTF-8 with or without BOM, UTF-16, cp1252/latin-1),
Excel (.xlsx, first sheet) and Parquet. Every column is read as text; the checks cast it. UTF-8
CSV is read by DuckDB in place, out of core; another encoding is first transcoded to a UTF-8 file
in the work directory, in chunks, so memory stays bounded. Excel is converted to Parquet.

A file that cannot be read raises :class:`LeesFout` with a Dutch message naming the place
(line, column). Pure Python, no Django.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEIDINGSTEKENS = (",", ";", "\t", "|")
NAMEN_SCHEIDINGSTEKEN = {",": "komma", ";": "puntkomma", "\t": "tab", "|": "verticale streep"}
_STEEKPROEF = 1 << 20
_BLOK = 8 << 20


class LeesFout(ValueError):
    """A file that cannot be read. The message is Dutch and names the place."""


@dataclass(frozen=True)
class Bron:
    """A readable source: ``sql`` is a FROM-expression whose columns are ``kolommen`` (text)."""

    sql: str
    formaat: str
    kolommen: tuple[str, ...]
    grootte: int
    codering: str | None = None
    scheidingsteken: str | None = None


def sql_tekst(waarde: str) -> str:
    return "'" + waarde.replace("'", "''") + "'"


def sql_naam(naam: str) -> str:
    return '"' + naam.replace('"', '""') + '"'


def formaat_van(pad: Path) -> str:
    with pad.open("rb") as f:
        kop = f.read(4)
    if kop == b"PK\x03\x04":
        return "excel"
    if kop == b"PAR1":
        return "parquet"
    return "csv"


def open_bron(pad: Path, werkmap: Path, *, verbinding: Any = None) -> Bron:
    """Inspect ``pad`` and return how DuckDB reads it. Temporary files go in ``werkmap``."""
    if not pad.exists():
        raise LeesFout(f"Bestand '{pad.name}' bestaat niet.")
    grootte = pad.stat().st_size
    if grootte == 0:
        raise LeesFout(f"Het bestand '{pad.name}' is leeg.")
    formaat = formaat_van(pad)
    if formaat == "excel":
        pad = excel_naar_parquet(pad, werkmap)
        formaat_bron = "excel"
    else:
        formaat_bron = formaat
    if formaat in ("excel", "parquet"):
        if verbinding is None:
            raise LeesFout("Interne fout: geen DuckDB-verbinding om Parquet te lezen.")
        try:
            beschrijving = verbinding.execute(
                f"DESCRIBE SELECT * FROM read_parquet({sql_tekst(str(pad))})"
            ).fetchall()
        except Exception as exc:  # duckdb.Error
            raise LeesFout(
                f"Het bestand '{pad.name}' is geen leesbaar Parquet-bestand: {exc}"
            ) from exc
        kolommen = tuple(str(r[0]) for r in beschrijving)
        _controleer_kop(list(kolommen))
        delen = []
        for naam, type_ in ((str(r[0]), str(r[1])) for r in beschrijving):
            kolom = sql_naam(naam)
            if type_.startswith("TIMESTAMP"):
                uitdr = f"strftime({kolom}, '%Y-%m-%dT%H:%M:%S')"
            elif type_ == "BOOLEAN":
                uitdr = f"CASE WHEN {kolom} THEN 'true' WHEN NOT {kolom} THEN 'false' END"
            else:
                uitdr = f"CAST({kolom} AS VARCHAR)"
            delen.append(f"{uitdr} AS {kolom}")
        sql = f"(SELECT {', '.join(delen)} FROM read_parquet({sql_tekst(str(pad))}))"
        return Bron(sql=sql, formaat=formaat_bron, kolommen=kolommen, grootte=grootte)
    return _csv_bron(pad, werkmap, grootte)


def _csv_bron(pad: Path, werkmap: Path, grootte: int) -> Bron:
    with pad.open("rb") as f:
        steekproef = f.read(_STEEKPROEF)
    codering = raad_codering(steekproef, volledig=grootte <= _STEEKPROEF)
    if codering not in ("utf-8", "utf-8-sig"):
        pad = transcodeer(pad, codering, werkmap / "utf8.csv")
        with pad.open("rb") as f:
            steekproef = f.read(_STEEKPROEF)
    tekst = steekproef.decode("utf-8", errors="replace").lstrip("\ufeff")
    eerste = tekst.split("\n", 1)[0].rstrip("\r")
    if not eerste.strip():
        raise LeesFout("Regel 1 (de kopregel) is leeg; verwacht de kolomnamen.")
    scheiding = (
        max(SCHEIDINGSTEKENS, key=eerste.count)
        if any(s in eerste for s in SCHEIDINGSTEKENS)
        else ","
    )
    kolommen = next(csv.reader(io.StringIO(eerste), delimiter=scheiding))
    _controleer_kop(kolommen)
    if "\n" not in tekst or not tekst.split("\n", 1)[1].strip():
        raise LeesFout("Het bestand bevat alleen een kopregel (regel 1), geen gegevensrijen.")
    kolomtypen = ", ".join(f"{sql_tekst(k)}: 'VARCHAR'" for k in kolommen)
    sql = (
        f"read_csv({sql_tekst(str(pad))}, header=true, delim={sql_tekst(scheiding)}, quote='\"', "
        f"escape='\"', strict_mode=true, auto_detect=false, null_padding=false, columns={{{kolomtypen}}})"
    )
    return Bron(
        sql=sql,
        formaat="csv",
        kolommen=tuple(kolommen),
        grootte=grootte,
        codering=codering,
        scheidingsteken=scheiding,
    )


def _controleer_kop(kolommen: list[str]) -> None:
    for i, k in enumerate(kolommen, start=1):
        if not k.strip():
            raise LeesFout(f"Regel 1 (de kopregel), kolom {i}: de kolom heeft geen naam.")
    gezien: set[str] = set()
    for i, k in enumerate(kolommen, start=1):
        if k in gezien:
            raise LeesFout(
                f"Regel 1 (de kopregel), kolom {i}: kolomnaam '{k}' komt twee keer voor."
            )
        gezien.add(k)


def _plaats(data: bytes, positie: int) -> str:
    voor = data[:positie]
    regel = voor.count(b"\n") + 1
    kolom = positie - (voor.rfind(b"\n") + 1) + 1
    return f"regel {regel}, teken {kolom}"


def raad_codering(steekproef: bytes, *, volledig: bool) -> str:
    """The encoding of a CSV file from its first bytes (see the module docstring)."""
    if steekproef.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if steekproef.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    even, oneven = steekproef[0:200:2], steekproef[1:200:2]
    if oneven and oneven.count(0) > len(oneven) * 0.6:
        return "utf-16-le"
    if even and even.count(0) > len(even) * 0.6:
        return "utf-16-be"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(steekproef, final=volledig)
        return "utf-8"
    except UnicodeDecodeError as exc:
        vervangen = steekproef.decode("utf-8", errors="replace")
        if any(ord(t) > 127 and t != "\ufffd" for t in vervangen):
            # Valid multi-byte UTF-8 characters and invalid bytes: a damaged UTF-8 file.
            raise LeesFout(
                f"Het bestand is UTF-8 maar bevat op {_plaats(steekproef, exc.start)} "
                f"een byte die niet te lezen is (0x{steekproef[exc.start]:02X})."
            ) from exc
    try:
        steekproef.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    beste = from_bytes(steekproef).best()
    if beste is None:
        raise LeesFout(
            "De tekencodering van het bestand is niet te bepalen (geen UTF-8, UTF-16 of Windows-1252)."
        )
    return str(beste.encoding)


def transcodeer(pad: Path, codering: str, doel: Path) -> Path:
    """Rewrite ``pad`` from ``codering`` to UTF-8 in ``doel``, in blocks; errors name the line."""
    decoder = codecs.getincrementaldecoder(codering)(errors="strict")
    regels = 0
    with pad.open("rb") as bron, doel.open("w", encoding="utf-8", newline="") as uit:
        while True:
            blok = bron.read(_BLOK)
            try:
                tekst = decoder.decode(blok, final=not blok)
            except UnicodeDecodeError as exc:
                deel = blok[: max(exc.start, 0)].decode(codering, errors="replace")
                regel = regels + deel.count("\n") + 1
                raise LeesFout(
                    f"Regel {regel}: het bestand bevat bytes die in de codering {codering} niet te lezen zijn."
                ) from exc
            uit.write(tekst.lstrip("\ufeff") if regels == 0 else tekst)
            regels += tekst.count("\n")
            if not blok:
                break
    return doel


_REGEL = re.compile(r"CSV Error on Line: (\d+)")


def vertaal_duckdb_fout(exc: Exception, bron: Bron) -> LeesFout:
    """A Dutch message for an error DuckDB raised while reading ``bron``."""
    tekst = str(exc)
    m = _REGEL.search(tekst)
    plaats = f"Regel {m.group(1)}" if m else "Het bestand"
    kolommen = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", tekst)
    if kolommen:
        verwacht, gevonden = int(kolommen.group(1)), int(kolommen.group(2))
        if gevonden > verwacht:
            gevonden = verwacht + 1  # DuckDB stops counting at the first extra column
            return LeesFout(
                f"{plaats} heeft meer kolommen dan de kopregel ({verwacht}); controleer scheidingstekens en aanhalingstekens."
            )
        return LeesFout(f"{plaats} heeft {gevonden} kolommen, de kopregel {verwacht}.")
    if "Invalid unicode" in tekst:
        return LeesFout(f"{plaats} bevat bytes die niet als UTF-8 te lezen zijn.")
    if "unterminated quote" in tekst or "quote" in tekst.lower():
        return LeesFout(f'{plaats}: een aanhalingsteken (") is niet goed afgesloten.')
    eerste = tekst.splitlines()[0] if tekst else type(exc).__name__
    return LeesFout(f"{plaats} is niet te lezen: {eerste}")


def _cel_tekst(waarde: Any) -> str | None:
    import datetime as dt

    if waarde is None or waarde == "":
        return None
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    if isinstance(waarde, dt.datetime):
        if waarde.time() == dt.time(0):
            return waarde.date().isoformat()
        return waarde.isoformat(timespec="seconds")
    if isinstance(waarde, (dt.date, dt.time)):
        return waarde.isoformat()
    return str(waarde)


def excel_naar_parquet(pad: Path, werkmap: Path) -> Path:
    """Convert the first sheet of an Excel workbook to a Parquet file of text columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from python_calamine import CalamineWorkbook

    try:
        boek = CalamineWorkbook.from_path(str(pad))
        blad = boek.get_sheet_by_index(0)
        rijen = blad.iter_rows()
        kop = next(rijen, None)
    except Exception as exc:  # calamine raises its own errors
        raise LeesFout(f"Het Excel-bestand '{pad.name}' is niet te lezen: {exc}") from exc
    if kop is None or all(c in (None, "") for c in kop):
        raise LeesFout("Het eerste werkblad is leeg; verwacht de kolomnamen op regel 1.")
    kolommen = [str(c) if c not in (None, "") else "" for c in kop]
    while kolommen and kolommen[-1] == "":
        kolommen.pop()
    _controleer_kop(kolommen)
    schema = pa.schema([(k, pa.string()) for k in kolommen])
    doel = werkmap / "excel.parquet"
    aantal = 0
    with pq.ParquetWriter(str(doel), schema) as schrijver:
        buffer: list[list[str | None]] = [[] for _ in kolommen]
        for regel, rij in enumerate(rijen, start=2):
            cellen = [_cel_tekst(c) for c in rij]
            if any(c is not None for c in cellen[len(kolommen) :]):
                raise LeesFout(
                    f"Regel {regel} heeft meer gevulde kolommen dan de kopregel ({len(kolommen)})."
                )
            if all(c is None for c in cellen):
                continue
            for i in range(len(kolommen)):
                buffer[i].append(cellen[i] if i < len(cellen) else None)
            aantal += 1
            if len(buffer[0]) >= 50_000:
                schrijver.write_table(pa.table(buffer, schema=schema))
                buffer = [[] for _ in kolommen]
        if buffer[0] or aantal == 0:
            schrijver.write_table(pa.table(buffer, schema=schema))
    if aantal == 0:
        raise LeesFout("Het werkblad bevat alleen een kopregel (regel 1), geen gegevensrijen.")
    return doel
