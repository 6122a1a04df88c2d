from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "samen.core"
    label = "core"
    verbose_name = "Samen"

    def ready(self) -> None:
        from samen.core.db.statistieken import statistieken_bijwerken
        from samen.core.db.tellingen import wijzigingen_bijhouden

        # Once per migrate (post_migrate is sent per app; this one for the core app).
        post_migrate.connect(statistieken_bijwerken, sender=self, dispatch_uid="samen-statistieken")
        post_migrate.connect(wijzigingen_bijhouden, sender=self, dispatch_uid="samen-wijzigingen")
