from samen.api.routers import router
from samen.terreinen.api import views

router.register("samenwerkingsterreinen", views.SamenwerkingsterreinViewSet, basename="terrein")
router.register("werkgroepen", views.WerkgroepViewSet, basename="werkgroep")
router.register("fasewijzigingen", views.FasewijzigingViewSet, basename="fasewijziging")
router.register("voortgangsberichten", views.VoortgangsberichtViewSet, basename="voortgangsbericht")
router.register("mijlpalen", views.MijlpaalViewSet, basename="mijlpaal")
