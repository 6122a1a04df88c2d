from django.apps import AppConfig


class ArchiefConfig(AppConfig):
    name = "samen.archief"
    verbose_name = "export en import van een installatie"
