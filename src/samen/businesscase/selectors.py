"""Reads on business cases: lists, the case's inputs and results, figures to cite.

Other apps (the status note) use :func:`businesscases_voor_terrein` and :func:`kerncijfers`
to cite a case: one Dutch sentence per partner and scenario.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from samen.bestuur import selectors as bestuur_selectors
from samen.businesscase.engine.evaluate import ScenarioResultaat, evaluate_all
from samen.businesscase.engine.model import Case, Partner
from samen.businesscase.engine.money import cents
from samen.businesscase.engine.report import kernzin, terugverdien_tekst
from samen.businesscase.engine.validate import case_from_data
from samen.businesscase.models import Businesscase, Businesscaseversie
from samen.organisaties import selectors as org_selectors


def businesscase_list(
    *, samenwerkingsverband: Any = None, terrein: Any = None
) -> QuerySet[Businesscase]:
    qs = Businesscase.objects.select_related(
        "samenwerkingsverband", "terrein", "terrein__samenwerkingsverband", "besluit__vergadering"
    )
    if samenwerkingsverband is not None:
        qs = qs.filter(samenwerkingsverband=samenwerkingsverband)
    if terrein is not None:
        qs = qs.filter(terrein=terrein)
    return qs.order_by("samenwerkingsverband__naam", "naam")


def businesscase_get(*, pk: int) -> Businesscase:
    """Raises ``Businesscase.DoesNotExist`` for an unknown pk."""
    return Businesscase.objects.select_related(
        "samenwerkingsverband", "terrein", "terrein__samenwerkingsverband", "besluit__vergadering"
    ).get(pk=pk)


def businesscases_voor_terrein(*, terrein: Any) -> QuerySet[Businesscase]:
    return businesscase_list(terrein=terrein)


def case_van(businesscase: Businesscase) -> Case:
    """The inputs of a stored case as an engine object."""
    return case_from_data(businesscase.inhoud)


def resultaten(businesscase: Businesscase) -> list[ScenarioResultaat]:
    return evaluate_all(case_van(businesscase))


def versies(*, businesscase: Businesscase) -> QuerySet[Businesscaseversie]:
    return businesscase.versies.select_related("opgeslagen_door").order_by("-opgeslagen_op", "-id")


@dataclass(frozen=True)
class ScenarioKerncijfers:
    scenario: str
    naam: str
    looptijd: int
    terugverdienen: str  # for all partners together
    zinnen: tuple[str, ...]  # one per partner, then the total


def kerncijfers(*, businesscase: Businesscase) -> list[ScenarioKerncijfers]:
    """Per scenario, Dutch sentences on the extra cost and the payback, to cite the case."""
    out = []
    for res in resultaten(businesscase):
        out.append(
            ScenarioKerncijfers(
                scenario=res.scenario.sleutel,
                naam=res.scenario.naam,
                looptijd=res.looptijd,
                terugverdienen=terugverdien_tekst(res.totaal, res.looptijd, res.startjaar),
                zinnen=tuple(kernzin(r, res) for r in res.reeksen),
            )
        )
    return out


def partners_uit_register(
    *, samenwerkingsverband: Any, peildatum: dt.date | None = None, peiljaar: int
) -> list[Partner]:
    """The members of an alliance as partners, with their inhabitants of ``peiljaar``.

    The inhabitants come from the register (:func:`samen.organisaties.selectors.inwonertal_op`:
    the figure of that year or of the latest year before it) and are stored under ``peiljaar``.
    """
    peildatum = peildatum or timezone.localdate()
    partners = []
    leden = org_selectors.lidmaatschappen_op(
        peildatum=peildatum, samenwerkingsverband=samenwerkingsverband
    ).filter(status="lid")
    for lm in leden:
        org = lm.organisatie
        aantal = org_selectors.inwonertal_op(organisatie=org, jaar=peiljaar)
        partners.append(
            Partner(
                sleutel=org.slug,
                naam=org.naam,
                basislijn=cents(0),
                inwoners=((peiljaar, aantal),) if aantal is not None else (),
            )
        )
    return partners


def inwoners_uit_register(*, sleutel: str, jaar: int) -> int | None:
    """Inhabitants of the organisation with slug ``sleutel`` (a partner's key), if there is one."""
    try:
        org = org_selectors.organisatie_get(slug=sleutel)
    except Exception:
        return None
    return org_selectors.inwonertal_op(organisatie=org, jaar=jaar)


def besluiten_voor(*, samenwerkingsverband: Any) -> QuerySet[Any]:
    """The decisions of an alliance that a case can be attached to, newest first."""
    return bestuur_selectors.besluiten_in_periode(
        peildatum=dt.date.max, samenwerkingsverband=samenwerkingsverband
    ).order_by("-vergadering__datum", "-id")
