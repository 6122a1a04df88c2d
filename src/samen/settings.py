"""Django settings for Samen, read from the environment through :mod:`samen.conf`."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from samen.conf import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent.parent
VAR_DIR = Path(env_str("SAMEN_VAR_DIR", str(PROJECT_DIR / "var")))

#: ``development`` (the default, also for the demo) or ``production``.
ENVIRONMENT = env_str("SAMEN_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("SAMEN_DEBUG", default=False)

if PRODUCTION:
    SECRET_KEY = env_str("SAMEN_SECRET_KEY")
else:
    # Only for development and the demo; production refuses to start without SAMEN_SECRET_KEY.
    SECRET_KEY = env_str("SAMEN_SECRET_KEY", "samen-development-only-not-a-secret")

ALLOWED_HOSTS = env_list(
    "SAMEN_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("SAMEN_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "samen.core",
    "samen.logboek",
    "samen.accounts",
    "samen.organisaties",
    "samen.terreinen",
    "samen.bestuur",
    "samen.rapportage",
    "samen.businesscase",
    "samen.kwaliteitskaart",
    "samen.gegevensbeheer",
    "samen.api",
    "samen.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "samen.logboek.middleware.ActorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "samen.urls"
WSGI_APPLICATION = "samen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "samen.core.context_processors.samen",
            ],
        },
    },
]

_default_db = f"sqlite:///{VAR_DIR / 'samen.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", _default_db), conn_max_age=env_int("SAMEN_DB_CONN_MAX_AGE", 60)
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "terreinen:overzicht"
LOGOUT_REDIRECT_URL = "accounts:login"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Only `collectstatic` (production) needs STATIC_ROOT; without it WhiteNoise serves from the apps.
STATIC_ROOT = Path(env_str("SAMEN_STATIC_ROOT", str(VAR_DIR / "static"))) if PRODUCTION else None
MEDIA_ROOT = Path(env_str("SAMEN_MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"  # never served directly: downloads go through views that check access

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Without collectstatic (development, demo, tests) WhiteNoise serves straight from the apps.
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_AGE = env_int("SAMEN_SESSION_SECONDS", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SAMEN_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_int("SAMEN_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("SAMEN_LOG_LEVEL", "WARNING")},
}

# Background work (report rendering, large validations, exports): django-tasks with its
# database backend; `samen serve` starts a worker next to the web server (`samen db_worker`).
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# --- API (issue 7): REST_FRAMEWORK, SPECTACULAR_SETTINGS ---
# --- end API ---

# --- Security (issue 8) ---
# --- end security ---
