"""API resources of data management: definition sets and validation runs (read-only)."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch

from samen.api.base import SamenViewSet, veld_filter
from samen.gegevensbeheer import selectors
from samen.gegevensbeheer.api.serializers import DefinitiesetSerializer, ValidatierunSerializer
from samen.gegevensbeheer.models import Bevinding


class DefinitiesetViewSet(SamenViewSet):
    """Definitiesets (gegevensdefinities per versie) met hun tabellen."""

    serializer_class = DefinitiesetSerializer
    sorteervelden = {"naam": "naam", "versie": "versie"}
    standaard_sortering = ("naam", "-versie")

    def get_queryset(self) -> Any:
        return selectors.definitieset_list()  # prefetches its tables


class ValidatierunViewSet(SamenViewSet):
    """Validatieruns van aangeleverde bestanden, met hun bevindingen (zonder voorbeeldrijen)."""

    serializer_class = ValidatierunSerializer
    sorteervelden = {"ingediendOp": "ingediend_op", "conformiteit": "conformiteit"}
    standaard_sortering = ("-ingediend_op",)
    filters = (
        veld_filter("organisatie", "organisatie_id", "Van deze organisatie."),
        veld_filter("tabel", "tabel_id", "Van deze tabel."),
    )

    def get_queryset(self) -> Any:
        return selectors.validatierun_list().prefetch_related(
            Prefetch("bevindingen", queryset=Bevinding.objects.order_by("volgorde"))
        )
