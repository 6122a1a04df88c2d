from samen.api.routers import router
from samen.kwaliteitskaart.api import views

router.register("medewerkers", views.MedewerkerViewSet, basename="medewerker")
router.register("afwezigheden", views.AfwezigheidViewSet, basename="afwezigheid")
router.register("vervangingsplannen", views.VervangingsplanViewSet, basename="vervangingsplan")
