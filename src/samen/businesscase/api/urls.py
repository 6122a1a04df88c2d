from samen.api.routers import router
from samen.businesscase.api import views

router.register("businesscases", views.BusinesscaseViewSet, basename="businesscase")
