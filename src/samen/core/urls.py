from django.http import HttpRequest, JsonResponse
from django.urls import path

app_name = "core"


def gezondheid(request: HttpRequest) -> JsonResponse:
    """Liveness for load balancers and monitoring: no data, no login."""
    return JsonResponse({"status": "ok"})


urlpatterns = [path("gezondheid/", gezondheid, name="gezondheid")]
