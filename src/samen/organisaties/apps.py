from django.apps import AppConfig


class OrganisatiesConfig(AppConfig):
    name = "samen.organisaties"
    label = "organisaties"
    verbose_name = "Organisaties en samenwerkingsverbanden"
