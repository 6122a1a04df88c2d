"""Access per role: every page of Samen, for every role, of an own and a foreign organisation.

The table :data:`TABEL` names, for every URL pattern of the project (except the ``api`` namespace,
which has its own table in the API tests), who may open it. It is written from the rules of the
issue and of :mod:`samen.accounts.authz`, not from what the views happen to do:

- ``eigen-*``: a user of Dalfsen, whose objects the URLs point at (Dalfsen's college, a Dalfsen
  employee, a Dalfsen draft note);
- ``vreemd-*``: a user of Staphorst. Staphorst is, like Dalfsen, a member of the DSZ alliance, so
  alliance-wide objects are shared, but Dalfsen's own objects are not;
- ``anoniem``: not logged in, always sent to the login page.

Allowed means 2xx, or a redirect that is not to a login page; refused means 403 or 404 for a
logged-in user. Every request runs in a savepoint that is rolled back, so a POST that deletes or
changes something does not change what the next user sees. A URL pattern without a row fails the
suite, naming the pattern: a new page needs a rule here before it can ship.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

ROLLEN = ("beheerder", "redacteur", "lezer", "personeelsfunctionaris")
WIE = (
    *(f"eigen-{r}" for r in ROLLEN),
    *(f"vreemd-{r}" for r in ROLLEN),
    "anoniem",
)
GEBRUIKERSNAAM = {
    **{f"eigen-{r}": f"dalfsen-{r}" for r in ROLLEN},
    **{f"vreemd-{r}": f"staphorst-{r}" for r in ROLLEN},
}

# --- who may: the groups of the rules ------------------------------------------------------------
IEDEREEN = frozenset(WIE)
INGELOGD = frozenset(WIE) - {"anoniem"}
#: may edit the DSZ alliance (both Dalfsen and Staphorst are members)
VERBAND_SCHRIJVERS = frozenset(
    {"eigen-beheerder", "eigen-redacteur", "vreemd-beheerder", "vreemd-redacteur"}
)
#: may edit what belongs to Dalfsen alone (its college, its notes)
EIGEN_SCHRIJVERS = frozenset({"eigen-beheerder", "eigen-redacteur"})
#: may register staff of some organisation (shows the empty form)
PERSONEEL_SCHRIJVERS = frozenset(
    {
        "eigen-beheerder",
        "eigen-personeelsfunctionaris",
        "vreemd-beheerder",
        "vreemd-personeelsfunctionaris",
    }
)
#: may edit Dalfsen's staff
EIGEN_PERSONEEL = frozenset({"eigen-beheerder", "eigen-personeelsfunctionaris"})
#: may see a Dalfsen employee: own organisation fully, a partner (not a lezer) by function
PERSONEEL_ZIEN = INGELOGD - {"vreemd-lezer"}
#: may plan substitution for the alliance (an editor of the alliance or a staff editor of a member)
PLANNERS = VERBAND_SCHRIJVERS | PERSONEEL_SCHRIJVERS
#: the Django admin: beheerders only (staff)
BEHEERDERS = frozenset({"eigen-beheerder", "vreemd-beheerder"})
NIEMAND: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Regel:
    """Who may GET and who may POST one URL pattern, and how to fill in its arguments."""

    get: frozenset[str]
    post: frozenset[str] | None = None  # None: the page has no POST (or it is tested as GET)
    kwargs: Callable[[dict[str, Any]], dict[str, Any]] = field(default=lambda d: {})
    query: str = ""
    #: the form sent by POST (empty by default: the access check comes before validation)
    data: dict[str, str] = field(default_factory=dict)
    #: where an allowed request must land, when it is a redirect to the login page (logout)
    ok_is_login: bool = False


def _r(get: frozenset[str], post: frozenset[str] | None = None, **kw: Any) -> Regel:
    return Regel(get=get, post=post, **kw)


def _terrein(d: dict[str, Any]) -> dict[str, Any]:
    return {"verband": "dsz", "terrein": d["mijlpaal"].terrein.slug}


def _mijlpaal(d: dict[str, Any]) -> dict[str, Any]:
    return {**_terrein(d), "pk": d["mijlpaal"].pk}


TABEL: dict[str, Regel] = {
    # accounts and public pages
    "accounts:login": _r(IEDEREEN, IEDEREEN),
    # GET is not allowed (405); POST logs out and lands on the login page
    "accounts:logout": _r(NIEMAND, IEDEREEN, ok_is_login=True),
    "accounts:tweede-factor-instellen": _r(INGELOGD, INGELOGD),
    "accounts:tweede-factor-controleren": _r(INGELOGD, INGELOGD),
    "core:gezondheid": _r(IEDEREEN),
    "core:toegankelijkheid": _r(IEDEREEN),
    # the language choice (Django's set_language): anyone, it only sets a cookie and goes back
    "set_language": _r(IEDEREEN, IEDEREEN),
    # register
    "terreinen:overzicht": _r(INGELOGD),
    "terreinen:planning": _r(INGELOGD),
    "terreinen:terrein": _r(INGELOGD, kwargs=_terrein),
    "terreinen:bericht-nieuw": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=_terrein),
    "terreinen:herplannen": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=_mijlpaal),
    "terreinen:gereed": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=_mijlpaal),
    "organisaties:lijst": _r(INGELOGD),
    "organisaties:detail": _r(INGELOGD, kwargs=lambda d: {"slug": "dalfsen"}),
    # governance
    "bestuur:besluiten": _r(INGELOGD),
    "bestuur:toezeggingen": _r(INGELOGD),
    "bestuur:besluit-nieuw": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS),
    "bestuur:toezegging-nieuw": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS),
    # a commitment of Dalfsen's college: Dalfsen's editors only
    "bestuur:toezegging-nagekomen": _r(
        EIGEN_SCHRIJVERS, EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["toezegging"].pk}
    ),
    # the processing log: searched by beheerders (what they see is filtered by organisation)
    "logboek:overzicht": _r(BEHEERDERS),
    "logboek:csv": _r(BEHEERDERS),
    # status notes: a Dalfsen draft is for Dalfsen's editors; the archive is for everyone
    "rapportage:archief": _r(INGELOGD),
    "rapportage:nieuw": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS),
    "rapportage:concept": _r(EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["rapport"].pk}),
    "rapportage:voorblad": _r(
        EIGEN_SCHRIJVERS, EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["rapport"].pk}
    ),
    "rapportage:sectie": _r(
        EIGEN_SCHRIJVERS,
        EIGEN_SCHRIJVERS,
        kwargs=lambda d: {"pk": d["rapport"].pk, "sleutel": d["sectie"]},
    ),
    "rapportage:opnieuw": _r(
        EIGEN_SCHRIJVERS, EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["rapport"].pk}
    ),
    "rapportage:publiceren": _r(
        EIGEN_SCHRIJVERS, EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["rapport"].pk}
    ),
    "rapportage:verwijderen": _r(
        EIGEN_SCHRIJVERS, EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["rapport"].pk}
    ),
    "rapportage:concept-download": _r(
        EIGEN_SCHRIJVERS, kwargs=lambda d: {"pk": d["rapport"].pk, "formaat": "md"}
    ),
    "rapportage:opdracht": _r(
        EIGEN_SCHRIJVERS,
        kwargs=lambda d: {"pk": d["rapport"].pk, "opdracht": d["opdracht"].pk},
    ),
    "rapportage:opdracht-status": _r(
        EIGEN_SCHRIJVERS,
        kwargs=lambda d: {"pk": d["rapport"].pk, "opdracht": d["opdracht"].pk},
    ),
    # the file of a task that has not run yet does not exist: refused (404) for everyone
    "rapportage:opdracht-bestand": _r(
        NIEMAND, kwargs=lambda d: {"pk": d["rapport"].pk, "opdracht": d["opdracht"].pk}
    ),
    # the demo has no publication: an unknown number is 404 for everyone (no leak of existence)
    "rapportage:publicatie": _r(NIEMAND, kwargs=lambda d: {"nummer": "GEEN-2012-999"}),
    "rapportage:publicatie-bestand": _r(
        NIEMAND, kwargs=lambda d: {"nummer": "GEEN-2012-999", "formaat": "pdf"}
    ),
    # this draft holds all developments itself and has no appendix: 404 for everyone
    "rapportage:concept-bijlage": _r(
        NIEMAND, kwargs=lambda d: {"pk": d["rapport"].pk, "formaat": "md"}
    ),
    "rapportage:publicatie-bijlage": _r(
        NIEMAND, kwargs=lambda d: {"nummer": "GEEN-2012-999", "formaat": "pdf"}
    ),
    # data management: definitions and validation runs are readable by every role (the values
    # of another organisation's run are hidden on the page); uploading is for the editors of an
    # organisation, importing definitions for beheerders
    "gegevensbeheer:dashboard": _r(INGELOGD),
    "gegevensbeheer:definities": _r(INGELOGD),
    "gegevensbeheer:definitieset": _r(INGELOGD, kwargs=lambda d: d["definitieset"]),
    "gegevensbeheer:datapackage": _r(INGELOGD, kwargs=lambda d: d["definitieset"]),
    "gegevensbeheer:definitie-importeren": _r(BEHEERDERS, BEHEERDERS),
    "gegevensbeheer:aanleveren": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS),
    "gegevensbeheer:run": _r(INGELOGD, kwargs=lambda d: {"pk": d["run"].pk}),
    "gegevensbeheer:run-status": _r(INGELOGD, kwargs=lambda d: {"pk": d["run"].pk}),
    # business cases of the DSZ alliance
    "businesscase:lijst": _r(INGELOGD),
    "businesscase:nieuw": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS),
    "businesscase:nieuw-bestand": _r(VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS),
    "businesscase:detail": _r(INGELOGD, kwargs=lambda d: {"pk": d["case"].pk}),
    "businesscase:vergelijken": _r(INGELOGD, kwargs=lambda d: {"pk": d["case"].pk}),
    "businesscase:download": _r(INGELOGD, kwargs=lambda d: {"pk": d["case"].pk, "formaat": "yaml"}),
    "businesscase:bewerken": _r(
        VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=lambda d: {"pk": d["case"].pk}
    ),
    "businesscase:sleutels": _r(
        VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=lambda d: {"pk": d["case"].pk}
    ),
    "businesscase:scenario-nieuw": _r(
        VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=lambda d: {"pk": d["case"].pk}
    ),
    "businesscase:scenario": _r(
        VERBAND_SCHRIJVERS,
        VERBAND_SCHRIJVERS,
        kwargs=lambda d: {"pk": d["case"].pk, "sleutel": d["scenario"]},
    ),
    "businesscase:scenario-verwijderen": _r(
        NIEMAND,  # POST only
        VERBAND_SCHRIJVERS,
        kwargs=lambda d: {"pk": d["case"].pk, "sleutel": d["scenario"]},
    ),
    "businesscase:yaml": _r(
        VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=lambda d: {"pk": d["case"].pk}
    ),
    "businesscase:importeren": _r(
        VERBAND_SCHRIJVERS, VERBAND_SCHRIJVERS, kwargs=lambda d: {"pk": d["case"].pk}
    ),
    # the skills map: aggregates for everyone, people under the privacy rule
    "kwaliteitskaart:kaart": _r(INGELOGD),
    "kwaliteitskaart:medewerkers": _r(INGELOGD),
    "kwaliteitskaart:afwezigheden": _r(INGELOGD),
    "kwaliteitskaart:medewerker-nieuw": _r(PERSONEEL_SCHRIJVERS, PERSONEEL_SCHRIJVERS),
    "kwaliteitskaart:medewerker": _r(PERSONEEL_ZIEN, kwargs=lambda d: {"pk": d["medewerker"].pk}),
    "kwaliteitskaart:medewerker-bewerken": _r(
        EIGEN_PERSONEEL, EIGEN_PERSONEEL, kwargs=lambda d: {"pk": d["medewerker"].pk}
    ),
    "kwaliteitskaart:vaardigheid": _r(
        EIGEN_PERSONEEL, EIGEN_PERSONEEL, kwargs=lambda d: {"pk": d["medewerker"].pk}
    ),
    "kwaliteitskaart:vaardigheid-verwijderen": _r(
        NIEMAND, EIGEN_PERSONEEL, kwargs=lambda d: {"pk": d["vaardigheid"].pk}
    ),
    "kwaliteitskaart:afwezigheid-nieuw": _r(
        EIGEN_PERSONEEL, EIGEN_PERSONEEL, kwargs=lambda d: {"pk": d["medewerker"].pk}
    ),
    "kwaliteitskaart:afwezigheid-verwijderen": _r(
        NIEMAND, EIGEN_PERSONEEL, kwargs=lambda d: {"pk": d["afwezigheid"].pk}
    ),
    # the plan form validates before it checks who may plan: send a valid one
    "kwaliteitskaart:plannen": _r(
        INGELOGD, PLANNERS, data={"van": "2012-09-03", "tot": "2012-09-07"}
    ),
    "kwaliteitskaart:plan": _r(INGELOGD, kwargs=lambda d: {"pk": d["plan"].pk}),
    "kwaliteitskaart:plan-csv": _r(INGELOGD, kwargs=lambda d: {"pk": d["plan"].pk}),
    "kwaliteitskaart:plan-xlsx": _r(INGELOGD, kwargs=lambda d: {"pk": d["plan"].pk}),
}

#: A few rows for the Django admin (its ~140 patterns are Django's own; these cover the kinds).
ADMIN_TABEL: dict[str, Regel] = {
    "admin:index": _r(BEHEERDERS),
    "admin:organisaties_organisatie_changelist": _r(BEHEERDERS),
    "admin:organisaties_organisatie_change": _r(
        BEHEERDERS, kwargs=lambda d: {"object_id": d["dalfsen"].pk}
    ),
    "admin:bestuur_toezegging_changelist": _r(BEHEERDERS),
    # accounts, lock-outs and second-factor devices are for the superuser (the platform), not for
    # the beheerder of one organisation
    "admin:auth_user_changelist": _r(NIEMAND),
    "admin:axes_accessattempt_changelist": _r(NIEMAND),
    "admin:otp_totp_totpdevice_changelist": _r(NIEMAND),
}

OVERGESLAGEN_NAMESPACES = {"api", "admin"}


def _patronen(resolver: URLResolver, ns: str = "") -> Iterator[tuple[str, str]]:
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            sub = p.namespace or ""
            naam = f"{ns}:{sub}" if ns and sub else (sub or ns)
            yield from _patronen(p, naam)
        elif isinstance(p, URLPattern):
            volledige = f"{ns}:{p.name}" if ns else str(p.name)
            yield volledige, str(p.pattern)


def alle_paginapatronen() -> list[str]:
    namen = []
    for naam, patroon in _patronen(get_resolver()):
        if naam.split(":", 1)[0] in OVERGESLAGEN_NAMESPACES:
            continue
        namen.append(naam if naam else patroon)
    return sorted(set(namen))


def test_elk_paginapatroon_heeft_een_regel() -> None:
    zonder = [n for n in alle_paginapatronen() if n not in TABEL]
    assert not zonder, (
        "URL-patronen zonder regel in tests/test_toegang_per_rol.py::TABEL (wie mag deze pagina "
        f"openen?): {', '.join(zonder)}"
    )
    verouderd = sorted(set(TABEL) - set(alle_paginapatronen()))
    assert not verouderd, f"Regels voor URL-patronen die niet (meer) bestaan: {verouderd}"


def _demo_objecten() -> dict[str, Any]:
    from samen.bestuur.models import Toezegging
    from samen.businesscase.models import Businesscase
    from samen.gegevensbeheer.models import Definitieset, Validatierun
    from samen.kwaliteitskaart.models import Afwezigheid, Medewerker, Vaardigheid, Vervangingsplan
    from samen.organisaties.models import Organisatie
    from samen.rapportage import achtergrond
    from samen.rapportage import services as rapportage_services
    from samen.terreinen.models import Mijlpaal

    dalfsen = Organisatie.objects.get(slug="dalfsen")
    definitieset = Definitieset.objects.order_by("-pk").first()
    case = Businesscase.objects.get(samenwerkingsverband__slug="dsz")
    rapport = rapportage_services.rapport_create(
        organisatie=dalfsen, soort="stand_van_zaken", peildatum=dt.date(2012, 9, 1)
    )
    opdracht = achtergrond.bestand_aanvragen(rapport=rapport, formaat="pdf")
    return {
        "dalfsen": dalfsen,
        "mijlpaal": Mijlpaal.objects.select_related("terrein")
        .filter(terrein__samenwerkingsverband__slug="dsz")
        .first(),
        "toezegging": Toezegging.objects.filter(orgaan__organisatie=dalfsen).first(),
        "rapport": rapport,
        "sectie": rapport.secties.first().sleutel,
        "opdracht": opdracht,
        "case": case,
        "scenario": case.inhoud["scenarios"][-1]["sleutel"],
        "medewerker": Medewerker.objects.filter(organisatie=dalfsen).first(),
        "vaardigheid": Vaardigheid.objects.filter(medewerker__organisatie=dalfsen).first(),
        "afwezigheid": Afwezigheid.objects.filter(medewerker__organisatie=dalfsen).first(),
        "plan": Vervangingsplan.objects.get(samenwerkingsverband__slug="dsz"),
        "definitieset": {"naam": definitieset.naam, "versie": definitieset.versie},
        "run": Validatierun.objects.filter(organisatie=dalfsen).first(),
    }


def _is_login(response: Any) -> bool:
    locatie = response.headers.get("Location", "")
    return response.status_code == 302 and (
        locatie.startswith(reverse("accounts:login")) or locatie.startswith(reverse("admin:login"))
    )


def _oordeel(response: Any, methode: str, wie: str) -> str:
    if _is_login(response):
        # the admin sends a logged-in user without admin access to its own login page
        admin = response.headers["Location"].startswith(reverse("admin:login"))
        return "geweigerd" if admin and wie != "anoniem" else "login"
    if response.status_code < 400 or (methode == "POST" and response.status_code == 400):
        return "ok"  # a POST of an empty form passes the access check and fails validation
    if response.status_code in (403, 404, 405):
        return "geweigerd"
    return f"fout {response.status_code}"


def _verwacht(wie: str, toegestaan: frozenset[str], naam: str) -> set[str]:
    if wie in toegestaan:
        return {"login"} if TABEL.get(naam, Regel(NIEMAND)).ok_is_login else {"ok"}
    if wie == "anoniem":
        # public pages that refuse a method (logout by GET) answer 405 before any login check
        return {"login", "geweigerd"} if naam in {"accounts:logout"} else {"login"}
    return {"geweigerd"}


@pytest.mark.django_db
def test_toegang_per_rol_en_organisatie(dsz_demo: None) -> None:
    """Every page × every role of an own and a foreign organisation × anonymous, GET and POST."""
    from django.contrib.auth import get_user_model

    objecten = _demo_objecten()
    users = {wie: get_user_model().objects.get(username=n) for wie, n in GEBRUIKERSNAAM.items()}
    clients: dict[str, Client] = {}
    for wie in WIE:
        client = Client()
        if wie != "anoniem":
            client.force_login(users[wie])
        clients[wie] = client

    fouten: list[str] = []
    verzoeken = 0
    duur: dict[str, float] = {}
    for naam, regel in sorted({**TABEL, **ADMIN_TABEL}.items()):
        url = reverse(naam, kwargs=regel.kwargs(objecten)) + regel.query
        for methode, toegestaan in (("GET", regel.get), ("POST", regel.post)):
            if toegestaan is None:
                continue
            for wie in WIE:
                begin = time.perf_counter()
                with transaction.atomic():
                    sid = transaction.savepoint()
                    client = clients[wie]
                    response = client.get(url) if methode == "GET" else client.post(url, regel.data)
                    transaction.savepoint_rollback(sid)
                verzoeken += 1
                duur[f"{methode} {naam}"] = (
                    duur.get(f"{methode} {naam}", 0.0) + time.perf_counter() - begin
                )
                oordeel = _oordeel(response, methode, wie)
                if oordeel not in _verwacht(wie, toegestaan, naam):
                    fouten.append(
                        f"{methode} {url} ({naam}) als {wie}: {oordeel} "
                        f"({response.status_code}), verwacht {'/'.join(sorted(_verwacht(wie, toegestaan, naam)))}"
                    )
                if methode == "POST" and naam == "accounts:logout" and wie != "anoniem":
                    client.force_login(users[wie])
    if os.environ.get("SAMEN_TOEGANG_TIJDEN"):
        for k, v in sorted(duur.items(), key=lambda kv: -kv[1])[:15]:
            print(f"{v:6.2f}s {k}")
    assert verzoeken > 600
    assert not fouten, f"{len(fouten)} van {verzoeken} verzoeken wijken af:\n" + "\n".join(fouten)


@pytest.mark.django_db
def test_elke_pagina_ook_in_het_engels(dsz_demo: None) -> None:
    """Every page a Dalfsen beheerder, redacteur or personeelsfunctionaris may open renders in
    English too: a translation with a wrong placeholder breaks only there."""
    from django.contrib.auth import get_user_model

    objecten = _demo_objecten()
    fouten, getoond = [], 0
    for rol in ("beheerder", "redacteur", "personeelsfunctionaris"):
        if f"eigen-{rol}" not in WIE:
            continue
        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        client.force_login(get_user_model().objects.get(username=f"dalfsen-{rol}"))
        for naam, regel in sorted(TABEL.items()):
            if f"eigen-{rol}" not in regel.get:
                continue
            url = reverse(naam, kwargs=regel.kwargs(objecten)) + regel.query
            response = client.get(url)
            if response.status_code >= 500:
                fouten.append(f"{rol} {url}: {response.status_code}")
            elif response.status_code == 200 and "text/html" in response["Content-Type"]:
                getoond += 1
                if '<html lang="en">' not in response.content.decode():
                    fouten.append(f"{rol} {url}: niet in het Engels")
    assert getoond >= 40
    assert not fouten, "\n".join(fouten)
