from django.apps import AppConfig


class TerreinenConfig(AppConfig):
    name = "samen.terreinen"
    label = "terreinen"
    verbose_name = "Samenwerkingsterreinen en voortgang"
