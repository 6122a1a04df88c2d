"""API resources of governance."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from samen.api.base import Filter, MaakAan, SamenViewSet, Wijzig, veld_filter
from samen.bestuur import selectors, services
from samen.bestuur.api import selectors as api_selectors
from samen.bestuur.api.serializers import (
    BesluitSerializer,
    MotieSerializer,
    OrgaanSerializer,
    ToezeggingNakomenSerializer,
    ToezeggingSerializer,
    VergaderingSerializer,
)


def _periode(veld: str) -> Filter:
    return Filter(
        "vanaf",
        "datum",
        "Alleen na deze datum (het begin van de periode, exclusief); de peildatum is het einde.",
        lambda qs, v: qs.filter(**{f"{veld}__gt": v}),
    )


class OrgaanViewSet(MaakAan, SamenViewSet):
    """Organen: raden, colleges, stuurgroepen."""

    serializer_class = OrgaanSerializer
    sorteervelden = {"naam": "naam", "soort": "soort"}
    standaard_sortering = ("naam",)
    filters = (
        veld_filter("organisatie", "organisatie_id", "Organen van deze organisatie."),
        veld_filter("samenwerkingsverband", "samenwerkingsverband_id", "Organen van dit verband."),
    )

    def get_queryset(self) -> Any:
        return selectors.orgaan_list()

    def perform_create(self, data: dict[str, Any]) -> Any:
        from samen.bestuur.models import Orgaan

        self.mag_schrijven(Orgaan(**data))
        return services.orgaan_create(**data)


class VergaderingViewSet(MaakAan, SamenViewSet):
    """Vergaderingen van een of meer organen, tot en met de peildatum."""

    serializer_class = VergaderingSerializer
    met_peildatum = True
    sorteervelden = {"datum": "datum"}
    standaard_sortering = ("-datum",)
    filters = (
        veld_filter("orgaan", "organen__id", "Vergaderingen van dit orgaan."),
        _periode("datum"),
    )

    def get_queryset(self) -> Any:
        return api_selectors.vergaderingen_tot(
            peildatum=self.peildatum if self.action == "list" else None
        )

    def filter_queryset(self, queryset: Any) -> Any:
        return super().filter_queryset(queryset).distinct()

    def perform_create(self, data: dict[str, Any]) -> Any:
        for orgaan in data["organen"]:
            self.mag_schrijven(orgaan)
        return services.vergadering_create(**data)


class BesluitViewSet(MaakAan, SamenViewSet):
    """Besluiten, tot en met de peildatum."""

    serializer_class = BesluitSerializer
    met_peildatum = True
    sorteervelden = {"datum": "vergadering__datum", "onderwerp": "onderwerp"}
    standaard_sortering = ("-vergadering__datum",)
    filters = (
        Filter(
            "samenwerkingsverband",
            "id",
            "Besluiten over een terrein van dit verband of van een orgaan van dit verband.",
            lambda qs, v: qs.filter(
                Q(terrein__samenwerkingsverband_id=v)
                | Q(vergadering__organen__samenwerkingsverband_id=v)
            ).distinct(),
        ),
        veld_filter("samenwerkingsterrein", "terrein_id", "Besluiten over dit terrein."),
        veld_filter(
            "organisatie", "vergadering__organen__organisatie_id", "Van een orgaan hiervan."
        ),
        _periode("vergadering__datum"),
    )

    def get_queryset(self) -> Any:
        return api_selectors.besluiten_tot(
            peildatum=self.peildatum if self.action == "list" else None
        )

    def perform_create(self, data: dict[str, Any]) -> Any:
        if data.get("terrein") is not None:
            self.mag_schrijven(data["terrein"])
        else:
            for orgaan in data["vergadering"].organen.all():
                self.mag_schrijven(orgaan)
        return services.besluit_create(**data)


class MotieViewSet(MaakAan, SamenViewSet):
    """Aangenomen moties, tot en met de peildatum."""

    serializer_class = MotieSerializer
    met_peildatum = True
    sorteervelden = {"datum": "datum", "titel": "titel"}
    standaard_sortering = ("-datum",)
    filters = (
        veld_filter("organisatie", "orgaan__organisatie_id", "Moties van een orgaan hiervan."),
        _periode("datum"),
    )

    def get_queryset(self) -> Any:
        return api_selectors.moties_tot(peildatum=self.peildatum if self.action == "list" else None)

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["orgaan"])
        return services.motie_create(**data)


class ToezeggingViewSet(MaakAan, Wijzig, SamenViewSet):
    """Toezeggingen met hun status op de peildatum; PATCH ``nagekomenOp`` meldt nakoming."""

    serializer_class = ToezeggingSerializer
    met_peildatum = True
    sorteervelden = {"vervaldatum": "vervaldatum", "gedaanOp": "gedaan_op"}
    standaard_sortering = ("vervaldatum",)
    filters = (
        veld_filter("samenwerkingsterrein", "terrein_id", "Toezeggingen over dit terrein."),
        veld_filter(
            "organisatie", "orgaan__organisatie_id", "Toezeggingen van een orgaan hiervan."
        ),
        _periode("gedaan_op"),
    )

    def authz_object(self, obj: Any) -> Any:
        return obj.orgaan if hasattr(obj, "orgaan_id") else obj  # as the UI: the body that promised

    def get_serializer_class(self) -> Any:
        if self.action == "partial_update":
            return ToezeggingNakomenSerializer
        return ToezeggingSerializer

    def get_queryset(self) -> Any:
        return api_selectors.toezeggingen_tot(
            peildatum=self.peildatum if self.action == "list" else None
        )

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["orgaan"])
        return services.toezegging_create(**data)

    def perform_update(self, obj: Any, data: dict[str, Any]) -> Any:
        return services.toezegging_fulfil(
            toezegging=obj,
            nagekomen_op=data["nagekomen_op"],
            toelichting=data.get("nagekomen_toelichting", ""),
        )
