from django.apps import AppConfig


class KwaliteitskaartConfig(AppConfig):
    name = "samen.kwaliteitskaart"
    label = "kwaliteitskaart"
    verbose_name = "Kwaliteitskaart en vervanging"
