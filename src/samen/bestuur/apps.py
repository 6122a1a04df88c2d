from django.apps import AppConfig


class BestuurConfig(AppConfig):
    name = "samen.bestuur"
    label = "bestuur"
    verbose_name = "Bestuur: organen, besluiten, moties en toezeggingen"
