"""API resources of the skills map under the privacy rule (authz.personeel_zicht).

The kwaliteitskaart's own selectors decide what each user sees (a lezer of another organisation:
nothing personal; a partner: pseudonyms and "afwezig"), and every view of personal data is logged
with its own services, the way its pages log them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers as drf_serializers
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from samen.accounts.authz import Actie, PersoneelZicht, personeel_zicht
from samen.api.base import Filter, MaakAan, SamenViewSet, Verwijder, datum_param
from samen.kwaliteitskaart import selectors, services
from samen.kwaliteitskaart.api.serializers import (
    AfwezigheidNieuwSerializer,
    AfwezigheidSerializer,
    MedewerkerSerializer,
    PlanregelSerializer,
    VervangingsplanSerializer,
)
from samen.kwaliteitskaart.models import Afwezigheid, Medewerker
from samen.kwaliteitskaart.models import Toegangslog as Log
from samen.organisaties.models import Samenwerkingsverband

VERBAND = Filter(
    "samenwerkingsverband",
    "id",
    "Het samenwerkingsverband (verplicht): zijn leden op de peildatum.",
    lambda qs, v: qs,
    verplicht=True,
)
ORGANISATIE = Filter("organisatie", "id", "Alleen van deze organisatie.", lambda qs, v: qs)


def _verband(view: SamenViewSet) -> Samenwerkingsverband:
    waarde = VERBAND.waarde(view.request)
    verband = Samenwerkingsverband.objects.filter(pk=waarde).first()
    if verband is None:
        raise drf_serializers.ValidationError(
            {"samenwerkingsverband": ["Dit samenwerkingsverband bestaat niet."]}
        )
    return verband


class MedewerkerViewSet(SamenViewSet):
    """Medewerkers in dienst bij de leden van een verband, zoals u ze mag zien."""

    serializer_class = MedewerkerSerializer
    met_peildatum = True
    filters = (VERBAND, ORGANISATIE)

    def get_queryset(self) -> Any:
        return Medewerker.objects.all()

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        verband = _verband(self)
        org_id = ORGANISATIE.waarde(request)
        rijen = selectors.medewerkers_zichtbaar(
            user=request.user, samenwerkingsverband=verband, peildatum=self.peildatum
        )
        if org_id is not None:
            rijen = [w for w in rijen if w.medewerker.organisatie_id == org_id]
        self.sort(rijen)
        page = self.paginate_queryset(rijen)
        assert page is not None  # list always paginates (Paginering has a page size)
        services.toegang_log_inzage(
            door=request.user,
            objecten=[(w.medewerker.organisatie_id, "medewerker", w.pk) for w in page],
            omschrijving="medewerkerslijst (API)",
        )
        return self.get_paginated_response(MedewerkerSerializer(page, many=True).data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        medewerker = self.get_object()
        weergave = selectors.medewerker_weergave(user=request.user, pk=medewerker.pk)
        services.toegang_log(
            door=request.user, organisatie_id=medewerker.organisatie_id,
            objecttype="medewerker", object_id=medewerker.pk, actie=Log.Actie.INZIEN,
            omschrijving="medewerker (API)",
        )  # fmt: skip
        return self._met_etag(Response(MedewerkerSerializer(weergave).data), medewerker)


class AfwezigheidViewSet(MaakAan, Verwijder, SamenViewSet):
    """Afwezigheden in een periode bij de leden van een verband, zoals u ze mag zien."""

    serializer_class = AfwezigheidSerializer
    write_serializer_class = AfwezigheidNieuwSerializer
    schrijfactie = Actie.PERSONEEL_BEWERKEN
    filters = (
        VERBAND,
        Filter("van", "datum", "Begin van de periode (standaard vandaag).", lambda qs, v: qs),
        Filter(
            "totEnMet",
            "datum",
            "Einde van de periode (standaard 90 dagen later).",
            lambda qs, v: qs,
        ),
    )

    def get_queryset(self) -> Any:
        return Afwezigheid.objects.select_related("medewerker__organisatie")

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        verband = _verband(self)
        van = datum_param(request, "van") or timezone.localdate()
        tot = datum_param(request, "totEnMet") or van + dt.timedelta(days=90)
        if tot < van:
            raise drf_serializers.ValidationError({"totEnMet": ["Het einde ligt vóór het begin."]})
        if (tot - van).days > 366:
            raise drf_serializers.ValidationError(
                {"totEnMet": ["Kies een periode van hoogstens een jaar."]}
            )
        self.sort([])
        rijen = selectors.afwezigheden_in_periode(
            user=request.user, samenwerkingsverband=verband, van=van, tot=tot
        )
        page = self.paginate_queryset(rijen)
        assert page is not None  # list always paginates (Paginering has a page size)
        services.toegang_log_inzage(
            door=request.user,
            objecten=[(w.afwezigheid.medewerker.organisatie_id, "afwezigheid", w.pk) for w in page],
            omschrijving="afwezigheden (API)",
        )
        return self.get_paginated_response(AfwezigheidSerializer(page, many=True).data)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        afwezigheid = self.get_object()
        organisatie_id = afwezigheid.medewerker.organisatie_id
        if personeel_zicht(request.user, organisatie_id) == PersoneelZicht.GEEN:
            raise PermissionDenied
        weergave = next(
            w
            for w in selectors.afwezigheden_van(
                user=request.user, medewerker=afwezigheid.medewerker
            )
            if w.pk == afwezigheid.pk
        )
        services.toegang_log(
            door=request.user, organisatie_id=organisatie_id, objecttype="afwezigheid",
            object_id=afwezigheid.pk, actie=Log.Actie.INZIEN, omschrijving="afwezigheid (API)",
        )  # fmt: skip
        return self._met_etag(Response(AfwezigheidSerializer(weergave).data), afwezigheid)

    def get_serializer_class_for_read(self) -> Any:
        return None

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = AfwezigheidNieuwSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        self.mag_schrijven(data["medewerker"])
        afwezigheid = services.afwezigheid_create(**data, door=request.user)
        self.kwargs["pk"] = str(afwezigheid.pk)
        response = self.retrieve(request)
        response.status_code = 201
        response["Location"] = request.build_absolute_uri(f"{request.path}/{afwezigheid.pk}")
        return response

    def perform_destroy(self, obj: Any) -> None:
        services.afwezigheid_delete(afwezigheid=obj, door=self.request.user)


class VervangingsplanViewSet(SamenViewSet):
    """Opgeslagen vervangingsplannen van een verband; ``/regels`` geeft elke taakdag."""

    serializer_class = VervangingsplanSerializer
    filters = (VERBAND,)
    sorteervelden = {"van": "van", "geregistreerdOp": "geregistreerd_op"}
    standaard_sortering = ("-geregistreerd_op",)

    def get_queryset(self) -> Any:
        if self.action == "list":
            return selectors.vervangingsplannen(samenwerkingsverband=_verband(self))
        return selectors.vervangingsplannen(samenwerkingsverband=None).model.objects.all()

    @extend_schema(responses=PlanregelSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None)
    def regels(self, request: Request, pk: str) -> Response:
        """Elke taakdag van het plan, met de vervanger zoals u die mag zien."""
        plan = self.get_object()
        regels, getoond = selectors.plan_regels(user=request.user, plan=plan)
        services.toegang_log_inzage(
            door=request.user,
            objecten=[(org, "vervangingsplan", plan.pk) for org in sorted(getoond)],
            omschrijving=f"vervangingsplan {plan.van} t/m {plan.tot} (API)",
        )
        return Response(PlanregelSerializer(regels, many=True).data)
