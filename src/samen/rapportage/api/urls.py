from samen.api.routers import router
from samen.rapportage.api import views

router.register("rapporten", views.RapportViewSet, basename="rapport")
router.register("publicaties", views.PublicatieViewSet, basename="publicatie")
