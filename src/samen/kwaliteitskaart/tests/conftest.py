"""A small world for the kwaliteitskaart tests, built through the services (fast), and the demo.

Dalfsen and Staphorst are ``lid`` of DSZ; Zwolle is not. One user per role, named after it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from samen.accounts.models import Rol
from samen.factories import (
    LidmaatschapFactory,
    OrganisatieFactory,
    RolFactory,
    SamenwerkingsverbandFactory,
    UserFactory,
)
from samen.kwaliteitskaart import services

LANG_GELEDEN = dt.date(2000, 1, 1)


@dataclass
class Wereld:
    org: dict[str, Any] = field(default_factory=dict)
    verband: Any = None
    user: dict[str, Any] = field(default_factory=dict)
    spec: dict[str, Any] = field(default_factory=dict)
    mw: dict[str, Any] = field(default_factory=dict)
    afw: dict[str, Any] = field(default_factory=dict)
    taak: dict[str, Any] = field(default_factory=dict)

    def gebruiker(self, naam: str) -> Any:
        """A fresh user object: authz caches roles on the instance."""
        return get_user_model().objects.get(pk=self.user[naam].pk)


def medewerker(org: Any, nummer: str, naam: str, **kwargs: Any) -> Any:
    kwargs.setdefault("afdeling", "ICT")
    kwargs.setdefault("uren_per_week", Decimal(36))
    kwargs.setdefault("begindatum", LANG_GELEDEN)
    return services.medewerker_create(
        organisatie=org, personeelsnummer=nummer, naam=naam, door="test", **kwargs
    )


@pytest.fixture
def wereld(db: Any) -> Wereld:
    w = Wereld()
    w.org["dalfsen"] = OrganisatieFactory(naam="Dalfsen", slug="dalfsen")
    w.org["staphorst"] = OrganisatieFactory(naam="Staphorst", slug="staphorst")
    w.org["zwolle"] = OrganisatieFactory(naam="Zwolle", slug="zwolle")
    w.verband = SamenwerkingsverbandFactory(naam="DSZ", slug="dsz", afkorting="DSZ")
    for slug in ("dalfsen", "staphorst"):
        LidmaatschapFactory(
            organisatie=w.org[slug], samenwerkingsverband=w.verband, begindatum=LANG_GELEDEN
        )
    for org in ("dalfsen", "staphorst", "zwolle"):
        for soort in Rol.Soort.values:
            naam = f"{org}-{soort}"
            w.user[naam] = UserFactory(username=naam)
            RolFactory(gebruiker=w.user[naam], organisatie=w.org[org], soort=soort)
    ict = services.domein_create(naam="ICT", slug="ict")
    w.spec["netwerk"] = services.specialisme_create(
        domein=ict, naam="Netwerkbeheer", slug="netwerk"
    )
    w.spec["gis"] = services.specialisme_create(domein=ict, naam="GIS", slug="gis")
    w.mw["anna"] = medewerker(w.org["dalfsen"], "D1", "Anna Aalders", afdeling="ICT Dalfsen")
    w.mw["bert"] = medewerker(w.org["staphorst"], "S1", "Bert Brink", afdeling="ICT Staphorst")
    w.mw["zara"] = medewerker(w.org["zwolle"], "Z1", "Zara Zuidema")
    services.vaardigheid_set(medewerker=w.mw["anna"], specialisme=w.spec["netwerk"], niveau=3)
    services.vaardigheid_set(medewerker=w.mw["bert"], specialisme=w.spec["netwerk"], niveau=2)
    services.vaardigheid_set(medewerker=w.mw["bert"], specialisme=w.spec["gis"], niveau=4)
    w.afw["anna"] = services.afwezigheid_create(
        medewerker=w.mw["anna"], soort="ziek",
        eerste_dag=dt.date(2012, 7, 9), laatste_dag=dt.date(2012, 7, 11),
    )  # fmt: skip
    w.afw["bert"] = services.afwezigheid_create(
        medewerker=w.mw["bert"], soort="verlof",
        eerste_dag=dt.date(2012, 7, 16), laatste_dag=dt.date(2012, 7, 20),
    )  # fmt: skip
    w.taak["netwerk"] = services.kritieke_taak_create(
        organisatie=w.org["dalfsen"], naam="Netwerk bewaken", specialisme=w.spec["netwerk"],
        minimum_niveau=2, aantal_personen=2,
    )  # fmt: skip
    w.taak["gis"] = services.kritieke_taak_create(
        organisatie=w.org["staphorst"], naam="Kaartlagen publiceren", specialisme=w.spec["gis"],
        minimum_niveau=3, aantal_personen=1,
    )  # fmt: skip
    return w


@pytest.fixture
def kk_demo(dsz_demo: Any) -> None:
    """The DSZ demo with the kwaliteitskaart demo (until the lead calls it from load_demo)."""
    from samen.kwaliteitskaart.demo import load_kwaliteitskaart_demo

    load_kwaliteitskaart_demo()
