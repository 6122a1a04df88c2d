"""API resources of data management: definition sets (read-only) and validation runs, which a
client starts by uploading a file (as on the upload page) and then polls for their state."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.parsers import FormParser, MultiPartParser

from samen.accounts.authz import Actie
from samen.api.base import MaakAan, SamenViewSet, veld_filter
from samen.api.problems import VerzoekTeGroot
from samen.gegevensbeheer import selectors, services
from samen.gegevensbeheer.api.serializers import (
    DefinitiesetSerializer,
    ValidatierunNieuwSerializer,
    ValidatierunSerializer,
)
from samen.gegevensbeheer.models import Bevinding

#: Room for the form fields and multipart boundaries next to a file of the largest size.
_MULTIPART_RUIMTE = 1024**2


class UploadParser(MultiPartParser):
    """multipart/form-data; a request whose Content-Length exceeds what an upload may be is
    refused (413) before its body is read. The exact size is checked on the file itself."""

    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        request = (parser_context or {}).get("request")
        lengte = request.META.get("CONTENT_LENGTH", "") if request is not None else ""
        if str(lengte).isdigit() and int(lengte) > services.MAX_UPLOAD + _MULTIPART_RUIMTE:
            raise VerzoekTeGroot("Het bestand is groter dan 2 GiB.")
        return super().parse(stream, media_type, parser_context)


class DefinitiesetViewSet(SamenViewSet):
    """Definitiesets (gegevensdefinities per versie) met hun tabellen."""

    serializer_class = DefinitiesetSerializer
    sorteervelden = {"naam": "naam", "versie": "versie"}
    standaard_sortering = ("naam", "-versie")

    def get_queryset(self) -> Any:
        return selectors.definitieset_list()  # prefetches its tables


@extend_schema_view(
    create=extend_schema(
        description=(
            "Lever een bestand aan voor een organisatie en een tabel, als multipart/form-data. "
            "Een bestand dat niet te lezen is (formaat, codering, kopregel) wordt meteen "
            "geweigerd (400, niets bewaard); anders staat de run in de wachtrij en loopt de "
            "controle op de achtergrond. Vraag de run op (Location) tot de status gereed of "
            "mislukt is. Alleen een redacteur of beheerder van de organisatie levert aan."
        ),
        request={"multipart/form-data": ValidatierunNieuwSerializer},
    )
)
class ValidatierunViewSet(MaakAan, SamenViewSet):
    """Validatieruns van aangeleverde bestanden, met hun bevindingen (zonder voorbeeldrijen)."""

    serializer_class = ValidatierunSerializer
    write_serializer_class = ValidatierunNieuwSerializer
    schrijfactie = Actie.GEGEVENS_AANLEVEREN
    # The upload (create) is this resource's only request with a body: a file, never JSON.
    parser_classes = [UploadParser, FormParser]
    # Copying and pre-checking a file of up to 2 GiB is no work for an open transaction; the
    # service stores the run in its own.
    maak_in_transactie = False
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

    def perform_create(self, data: dict[str, Any]) -> Any:
        self.mag_schrijven(data["organisatie"])  # a redacteur or beheerder of that organisation
        bestand = data["bestand"]
        return services.validatierun_indienen(
            organisatie=data["organisatie"],
            tabel=data["tabel"],
            bestand=bestand,
            bestandsnaam=bestand.name,
            door=self.request.user,
        )
