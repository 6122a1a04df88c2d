from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Samen beheer"
admin.site.site_title = "Samen beheer"

urlpatterns = [
    path("beheer/", admin.site.urls),
    path("account/", include("samen.accounts.urls")),
    path("organisaties/", include("samen.organisaties.urls")),
    path("bestuur/", include("samen.bestuur.urls")),
    path("rapportage/", include("samen.rapportage.urls")),
    path("businesscases/", include("samen.businesscase.urls")),
    path("kwaliteitskaart/", include("samen.kwaliteitskaart.urls")),
    path("gegevensbeheer/", include("samen.gegevensbeheer.urls")),
    path("logboek/", include("samen.logboek.urls")),
    path("api/", include("samen.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the language choice
    path("", include("samen.terreinen.urls")),
    path("", include("samen.core.urls")),
]

handler403 = "samen.core.views.forbidden"
handler404 = "samen.core.views.not_found"
