from django.apps import AppConfig


class RapportageConfig(AppConfig):
    name = "samen.rapportage"
    label = "rapportage"
    verbose_name = "Stand van zaken en nieuwsbrief"
