"""The validation engine of gegevensbeheer: pure Python on DuckDB, no Django.

- :mod:`.schema`: definitions as values and as Frictionless Data Package / Table Schema JSON;
- :mod:`.lezen`: opening CSV (any common delimiter and encoding), Excel and Parquet;
- :mod:`.sql`: the typed value of a cell and the violation condition of each constraint;
- :mod:`.controle`: :func:`valideer`, counting violations per constraint with example rows;
- :mod:`.resultaat`: the findings and the conformity score.
"""

from samen.gegevensbeheer.engine.controle import valideer, verwezen_velden
from samen.gegevensbeheer.engine.lezen import LeesFout
from samen.gegevensbeheer.engine.resultaat import Bevinding, Resultaat, Voorbeeld
from samen.gegevensbeheer.engine.schema import (
    DefinitieFout,
    Definitieset,
    Referentielijst,
    Tabel,
    Veld,
    Verwijzing,
    naar_datapackage,
    uit_json,
)

__all__ = [
    "Bevinding",
    "DefinitieFout",
    "Definitieset",
    "LeesFout",
    "Referentielijst",
    "Resultaat",
    "Tabel",
    "Veld",
    "Verwijzing",
    "Voorbeeld",
    "naar_datapackage",
    "uit_json",
    "valideer",
    "verwezen_velden",
]
