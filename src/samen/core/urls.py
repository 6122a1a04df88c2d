from django.http import HttpRequest, JsonResponse
from django.urls import path

from samen.core.views import toegankelijkheid

app_name = "core"


def gezondheid(request: HttpRequest) -> JsonResponse:
    """Liveness for load balancers and monitoring: no data, no login."""
    return JsonResponse({"status": "ok"})


urlpatterns = [
    path("gezondheid/", gezondheid, name="gezondheid"),
    # Public by law (Besluit digitale toegankelijkheid overheid): no login.
    path("toegankelijkheid/", toegankelijkheid, name="toegankelijkheid"),
]
