"""The log page for beheerders: search with filters, paginated, and a CSV export (itself logged)."""

from __future__ import annotations

import csv
import json
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, StreamingHttpResponse
from django.views import View
from django.views.generic import TemplateView

from samen.accounts.authz import Actie
from samen.core.views import SamenView
from samen.logboek import selectors
from samen.logboek.forms import ZoekForm
from samen.logboek.models import Regel
from samen.logboek.services import verwerking_vastleggen
from samen.organisaties.models import Organisatie

PER_PAGINA = 50
CSV_KOLOMMEN = [
    "tijdstip", "tijdstip_registratie", "actie", "objecttype", "object_id", "object_omschrijving",
    "resultaat", "herkomst", "gebruikersnaam", "gebruiker_id", "organisatie_id", "adres", "doel",
    "omschrijving", "wijzigingen", "persoonsgegevens", "actie_id", "vertrouwelijkheid",
    "bewaartermijn", "verwerkte_objecten",
]  # fmt: skip


class ZoekMixin:
    request: HttpRequest

    def zoek(self) -> tuple[ZoekForm, Any, dict[int, str]]:
        zichtbaar = selectors.zichtbare_organisaties(self.request.user)
        organisaties = Organisatie.objects.order_by("naam")
        if zichtbaar is not None:
            organisaties = organisaties.filter(pk__in=zichtbaar)
        namen = dict(organisaties.values_list("pk", "naam"))
        form = ZoekForm(
            self.request.GET or None,
            organisaties=list(namen.items()),
            objecttypes=selectors.objecttypes(),
        )
        filters: dict[str, Any] = {}
        if form.is_bound and form.is_valid():
            d = form.cleaned_data
            filters = {
                "van": d.get("van"),
                "tot": d.get("tot"),
                "actor": d.get("actor") or "",
                "organisatie_id": d.get("organisatie"),
                "objecttype": d.get("objecttype") or "",
                "actie": d.get("actie") or "",
            }
        elif form.is_bound:
            return form, Regel.objects.none(), namen
        return form, selectors.regels_voor(user=self.request.user, **filters), namen


class LogboekView(ZoekMixin, SamenView, TemplateView):
    actie = Actie.BEHEREN
    template_name = "logboek/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form, regels, namen = self.zoek()
        pagina = Paginator(regels, PER_PAGINA).get_page(self.request.GET.get("pagina"))
        query = self.request.GET.copy()
        query.pop("pagina", None)
        context.update(
            form=form,
            pagina=pagina,
            regels=[(r, namen.get(r.organisatie_id or 0, "")) for r in pagina.object_list],
            query=query.urlencode(),
        )
        return context


class LogboekCsvView(ZoekMixin, SamenView, View):
    actie = Actie.BEHEREN

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> StreamingHttpResponse:
        _form, regels, _ = self.zoek()
        verwerking_vastleggen(
            actie=Regel.Actie.EXPORTEREN,
            objecttype="logboek.regel",
            object_omschrijving="CSV-export van het logboek",
            omschrijving=f"filters: {request.GET.urlencode()}"[:300],
        )

        class Echo:
            def write(self, value: str) -> str:
                return value

        schrijver = csv.writer(Echo())

        def rijen() -> Any:
            yield "\ufeff" + schrijver.writerow(CSV_KOLOMMEN)
            for r in regels.iterator(chunk_size=2000):
                waarden = []
                for k in CSV_KOLOMMEN:
                    v = getattr(r, k)
                    if isinstance(v, dict | list):
                        v = json.dumps(v, ensure_ascii=False)
                    waarden.append("" if v is None else v)
                yield schrijver.writerow(waarden)

        response = StreamingHttpResponse(rijen(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="logboek.csv"'
        return response
