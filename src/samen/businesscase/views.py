"""Pages that show business cases: the list, a case with its scenarios, the comparison, downloads.

The editor's pages are in :mod:`samen.businesscase.views_bewerken`. A Monte Carlo run on a page
is capped at :data:`UI_MAX_SIMULATIES` so that no web request waits long; larger runs go through
the command line (``samen businesscase evaluate``).
"""

from __future__ import annotations

import time
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView

from samen.accounts.authz import Actie, may
from samen.businesscase import selectors
from samen.businesscase.engine.charts import (
    Lijn,
    cumulative_svg,
    histogram_svg,
    legend_html,
    tornado_svg,
)
from samen.businesscase.engine.evaluate import Reeks, ScenarioResultaat, evaluate_all
from samen.businesscase.engine.excel import write_workbook
from samen.businesscase.engine.fileformat import case_to_json, case_to_yaml
from samen.businesscase.engine.keys import key_shares
from samen.businesscase.engine.model import MAX_LOOPTIJD, Case, Grondslag, Verdeelsleutel
from samen.businesscase.engine.money import format_euro, format_getal
from samen.businesscase.engine.montecarlo import simulate, tornado
from samen.businesscase.engine.report import effect_tekst, terugverdien_tekst
from samen.businesscase.forms import SimulatieForm
from samen.core.views import SamenView

#: Simulations on a page: the default, and the cap (measured: well under a second, see docs).
UI_SIMULATIES = 5_000
UI_MAX_SIMULATIES = 10_000
UI_ZAAD = 2012
VERGELIJK_SIMULATIES = 2_000


class CaseMixin:
    """A view on one stored case (``pk`` in the URL); authorization on the case itself."""

    kwargs: dict[str, Any]
    request: HttpRequest

    def get_businesscase(self) -> Any:
        if not hasattr(self, "_bc"):
            try:
                self._bc = selectors.businesscase_get(pk=self.kwargs["pk"])
            except Exception as exc:
                raise Http404("Deze businesscase bestaat niet.") from exc
        return self._bc

    def authz_object(self) -> Any:
        return self.get_businesscase()

    def case_context(self) -> dict[str, Any]:
        bc = self.get_businesscase()
        return {
            "businesscase": bc,
            "case": selectors.case_van(bc),
            "kan_bewerken": may(self.request.user, Actie.BEWERKEN, bc),
        }


class LijstView(SamenView, TemplateView):
    template_name = "businesscase/lijst.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        cases = list(selectors.businesscase_list())
        context.update(
            rijen=[(bc, len(bc.inhoud.get("scenarios", []))) for bc in cases],
            kan_bewerken=may(self.request.user, Actie.BEWERKEN),
        )
        return context


def sleutel_omschrijving(key: Verdeelsleutel) -> str:
    delen = []
    for basis, pct in key.grondslag:
        tekst = f"{format_getal(pct)}% {basis.label}"
        if basis == Grondslag.INWONERS:
            tekst += " " + gettext("(peiljaar %(jaar)s)") % {"jaar": key.peiljaar}
        if basis == Grondslag.GEBRUIK and key.eenheid:
            tekst += f" ({key.eenheid})"
        delen.append(tekst)
    return ", ".join(delen)


def _pct(share: Fraction) -> str:
    return f"{format_getal(Decimal(share.numerator) * 100 / Decimal(share.denominator), 2)}%"


def sleutel_rijen(case: Case) -> list[dict[str, Any]]:
    """Each key in words, with the share of each partner (exact, shown to two decimals)."""
    return [
        {
            "sleutel": k,
            "grondslag": sleutel_omschrijving(k),
            "aandelen": [_pct(s) for s in key_shares(case, k)],
        }
        for k in case.verdeelsleutels
    ]


def reeks_rijen(reeks: Reeks) -> list[tuple[str, tuple[int, ...], int | None]]:
    """The rows of a partner's table: label, values per year, total (None: not meaningful)."""
    return [
        (gettext("Huidige kosten (basislijn)"), reeks.basislijn, sum(reeks.basislijn)),
        (gettext("Investeringen"), reeks.investeringen, sum(reeks.investeringen)),
        (gettext("Jaarlijkse kosten"), reeks.kosten, sum(reeks.kosten)),
        (gettext("Besparingen"), reeks.besparingen, sum(reeks.besparingen)),
        (gettext("Netto effect"), reeks.netto, sum(reeks.netto)),
        (gettext("Cumulatief netto effect"), reeks.cumulatief, None),
        (gettext("Kosten in de nieuwe situatie"), reeks.nieuw, sum(reeks.nieuw)),
    ]


def getoonde_jaren(resultaten: list[ScenarioResultaat]) -> int:
    """How many years a chart shows: the horizon, or up to the shortest horizon that pays back."""
    langste = max(r.looptijd for r in resultaten)
    terug = [reeks.kortste_looptijd or 0 for r in resultaten for reeks in r.reeksen]
    jaren = max([langste, *terug])
    return min(jaren + 1, MAX_LOOPTIJD) if jaren > langste else langste


def kerncijfer_rijen(res: ScenarioResultaat) -> list[dict[str, Any]]:
    return [
        {
            "reeks": r,
            "effect": effect_tekst(r),
            "terugverdienen": terugverdien_tekst(r, res.looptijd, res.startjaar),
        }
        for r in res.reeksen
    ]


class DetailView(CaseMixin, SamenView, TemplateView):
    template_name = "businesscase/detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.case_context())
        case: Case = context["case"]
        resultaten = evaluate_all(case)
        gekozen = self.request.GET.get("scenario", "")
        res = next((r for r in resultaten if r.scenario.sleutel == gekozen), resultaten[0])
        partner = self.request.GET.get("partner", "")
        if partner not in {p.sleutel for p in case.partners}:
            partner = ""
        jaren = getoonde_jaren([res])
        lijnen = [Lijn(r.naam, r.cumulatief_verlengd, r.is_totaal) for r in res.reeksen]
        reeks_namen = ", ".join(r.naam for r in res.reeksen)
        context.update(
            resultaten=resultaten,
            res=res,
            partner=partner,
            kerncijfers=kerncijfer_rijen(res),
            tabellen=[(r, reeks_rijen(r)) for r in res.reeksen],
            sleutels=sleutel_rijen(case),
            versies=selectors.versies(businesscase=context["businesscase"])[:10],
            getoonde_jaren=[
                (res.startjaar + t, [r.cumulatief_verlengd[t] for r in res.reeksen])
                for t in range(jaren)
            ],
            grafiek=cumulative_svg(
                chart_id="cumulatief",
                titel=gettext("Cumulatief netto effect per partner: %(scenario)s")
                % {"scenario": res.scenario.naam},
                beschrijving=gettext(
                    "Lijnen voor %(reeksen)s van %(van)s tot %(tot)s; boven de nullijn is de "
                    "investering terugverdiend. Na de looptijd van %(looptijd)s jaar gestippeld "
                    "doorgetrokken. De tabel onder de grafiek geeft dezelfde bedragen."
                )
                % {
                    "reeksen": reeks_namen,
                    "van": res.startjaar,
                    "tot": res.startjaar + jaren - 1,
                    "looptijd": res.looptijd,
                },
                startjaar=res.startjaar,
                looptijd=res.looptijd,
                jaren=jaren,
                lijnen=lijnen,
            ),
            legenda=legend_html(lijnen),
        )
        context.update(self.monte_carlo(case, res, partner))
        return context

    def monte_carlo(self, case: Case, res: ScenarioResultaat, partner: str) -> dict[str, Any]:
        form = SimulatieForm(self.request.GET or None)
        gevraagd, zaad = UI_SIMULATIES, UI_ZAAD
        if form.is_bound and form.is_valid():
            gevraagd = form.cleaned_data["simulaties"] or UI_SIMULATIES
            zaad = form.cleaned_data["zaad"] if form.cleaned_data["zaad"] is not None else UI_ZAAD
        n = min(gevraagd, UI_MAX_SIMULATIES)
        begin = time.perf_counter()
        sim = simulate(case, res.scenario, simulations=n, seed=zaad)
        duur = time.perf_counter() - begin
        spreiding = sim.reeks(partner)
        torn = tornado(case, res)[partner]
        return {
            "simulatieform": form,
            "sim": sim,
            "spreiding": spreiding,
            "begrensd": gevraagd > UI_MAX_SIMULATIES,
            "gevraagd": gevraagd,
            "max_simulaties": UI_MAX_SIMULATIES,
            "duur": f"{duur:.2f}".replace(".", ","),
            "histogram": histogram_svg(
                chart_id="histogram",
                titel=gettext("Verdeling van de netto contante waarde: %(naam)s")
                % {"naam": spreiding.naam},
                beschrijving=gettext(
                    "%(aantal)s simulaties. P10 %(p10)s, P50 %(p50)s, P90 %(p90)s. De klassen "
                    "staan in de tabel onder de grafiek."
                )
                % {
                    "aantal": sim.simulaties,
                    "p10": format_euro(spreiding.ncw_p10),
                    "p50": format_euro(spreiding.ncw_p50),
                    "p90": format_euro(spreiding.ncw_p90),
                },
                klassen=spreiding.histogram,
                p10=spreiding.ncw_p10,
                p50=spreiding.ncw_p50,
                p90=spreiding.ncw_p90,
            ),
            "tornado": torn,
            "tornado_svg": tornado_svg(
                chart_id="tornado",
                titel=gettext(
                    "Tornado: invloed van de regels op de netto contante waarde (%(naam)s)"
                )
                % {"naam": torn.naam},
                beschrijving=gettext(
                    "Per regel met een bandbreedte een balk van de netto contante waarde met die "
                    "regel op zijn minimum tot op zijn maximum; de grootste invloed bovenaan. De "
                    "tabel onder de grafiek geeft dezelfde bedragen."
                ),
                basis=torn.basis,
                balken=torn.balken,
            )
            if torn.balken
            else "",
        }


class VergelijkView(CaseMixin, SamenView, TemplateView):
    template_name = "businesscase/vergelijken.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(self.case_context())
        case: Case = context["case"]
        resultaten = evaluate_all(case)
        rijen = []
        for res in resultaten:
            sim = simulate(case, res.scenario, simulations=VERGELIJK_SIMULATIES, seed=UI_ZAAD)
            rijen.append(
                {
                    "res": res,
                    "terugverdienen": terugverdien_tekst(res.totaal, res.looptijd, res.startjaar),
                    "kans": sim.reeks("").kans_terugverdiend,
                    "p10": sim.reeks("").ncw_p10,
                    "p90": sim.reeks("").ncw_p90,
                    "partners": [
                        (r, effect_tekst(r), terugverdien_tekst(r, res.looptijd, res.startjaar))
                        for r in res.partners
                    ],
                }
            )
        jaren = getoonde_jaren(resultaten)
        lijnen = [
            Lijn(r.scenario.naam, r.totaal.cumulatief_verlengd, looptijd=r.looptijd)
            for r in resultaten
        ]
        context.update(
            rijen=rijen,
            legenda=legend_html(lijnen),
            simulaties=VERGELIJK_SIMULATIES,
            jaartabel=[
                (case.startjaar + t, [r.totaal.cumulatief_verlengd[t] for r in resultaten])
                for t in range(jaren)
            ],
            grafiek=cumulative_svg(
                chart_id="vergelijking",
                titel=gettext("Cumulatief netto effect per scenario (alle partners samen)"),
                beschrijving=gettext(
                    "Een lijn per scenario, doorgetrokken binnen de eigen looptijd en gestippeld "
                    "daarna. Boven de nullijn is het scenario terugverdiend. De tabel onder de "
                    "grafiek geeft dezelfde bedragen."
                ),
                startjaar=case.startjaar,
                looptijd=None,
                jaren=jaren,
                lijnen=lijnen,
            ),
        )
        return context


class DownloadView(CaseMixin, SamenView, View):
    TYPES = {
        "yaml": "application/yaml; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        formaat = kwargs["formaat"]
        if formaat not in self.TYPES:
            raise Http404("Onbekend formaat.")
        bc = self.get_businesscase()
        case = selectors.case_van(bc)
        if formaat == "yaml":
            body: str | bytes = case_to_yaml(case)
        elif formaat == "json":
            body = case_to_json(case)
        else:
            resultaten = evaluate_all(case)
            sims = [
                simulate(case, s, simulations=UI_SIMULATIES, seed=UI_ZAAD) for s in case.scenarios
            ]
            with translation.override("nl"):  # the workbook is Dutch, like the case format
                body = write_workbook(case, resultaten, sims)
        response = HttpResponse(body, content_type=self.TYPES[formaat])
        response["Content-Disposition"] = f'attachment; filename="{bc.slug}.{formaat}"'
        return response
