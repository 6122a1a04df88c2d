from samen.api.routers import router
from samen.bestuur.api import views

router.register("organen", views.OrgaanViewSet, basename="orgaan")
router.register("vergaderingen", views.VergaderingViewSet, basename="vergadering")
router.register("besluiten", views.BesluitViewSet, basename="besluit")
router.register("moties", views.MotieViewSet, basename="motie")
router.register("toezeggingen", views.ToezeggingViewSet, basename="toezegging")
