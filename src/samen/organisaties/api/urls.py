from samen.api.routers import router
from samen.organisaties.api import views

router.register("organisaties", views.OrganisatieViewSet, basename="organisatie")
router.register(
    "samenwerkingsverbanden", views.SamenwerkingsverbandViewSet, basename="samenwerkingsverband"
)
router.register("lidmaatschappen", views.LidmaatschapViewSet, basename="lidmaatschap")
router.register("personen", views.PersoonViewSet, basename="persoon")
