from samen.api.routers import router
from samen.gegevensbeheer.api import views

router.register("definitiesets", views.DefinitiesetViewSet, basename="definitieset")
router.register("validatieruns", views.ValidatierunViewSet, basename="validatierun")
