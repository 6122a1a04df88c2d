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
    "samen.archief",
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
    "django_otp.middleware.OTPMiddleware",
    "samen.accounts.middleware.TweedeFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "samen.logboek.middleware.ActorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "samen.core.middleware.BeveiligingsheadersMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "samen.urls"
WSGI_APPLICATION = "samen.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Overrides of other apps' templates (Django's admin), found before theirs.
        "DIRS": [PACKAGE_DIR / "templates"],
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
    # Django's backend plus the planner's statistics (PRAGMA optimize on close).
    # Connections persist (CONN_MAX_AGE above) here too: opening one costs 3 ms (journal mode),
    # more than a whole API read; PRAGMA optimize then runs when one reaches its age.
    DATABASES["default"]["ENGINE"] = "samen.core.db.sqlite3"
    # Tests run in memory, as for Django's own engine name (pytest-django recognises only that).
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            # Concurrent writers (the web server's threads, the task worker) wait for each other
            # instead of failing with "database is locked": a write transaction takes the lock
            # at its start, and WAL lets readers go on meanwhile.
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # Django's backend, with time stamps parsed by psycopg's C code.
        DATABASES["default"]["ENGINE"] = "samen.core.db.postgresql"
    # A persistent PostgreSQL connection that the server dropped is replaced, not reused.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "samen.accounts.wachtwoorden.GelekteWachtwoordenValidator"},
]
# Argon2id first (BIO: state-of-the-art hashing); older hashes still verify and are upgraded at
# the next login. The test conftest swaps in MD5 for speed.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
# The lock-out check (django-axes) first; it skips calls without a request (the test client's
# login, scripts), which never come from the login page.
AUTHENTICATION_BACKENDS = [
    "samen.accounts.backends.SamenAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
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
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "samen.api.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["samen.api.permissions.MagPermission"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "samen.api.schema.SamenSchema",
    "EXCEPTION_HANDLER": "samen.api.problems.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "COERCE_DECIMAL_TO_STRING": False,
    "DATETIME_FORMAT": "iso-8601",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Samen API",
    "DESCRIPTION": (
        "De REST API van Samen: het register van samenwerkingsverbanden, het bestuur, "
        "businesscases, de kwaliteitskaart en de rapportage. Volgt de API Design Rules van de "
        "Nederlandse overheid. Authenticatie met een persoonlijke API-sleutel "
        "(Authorization: Bearer samen_…); zie docs/api.md."
    ),
    "VERSION": "1.0.0",
    "CONTACT": {
        "name": "Beheer Samen",
        "email": "beheer@samen.example.nl",
        "url": "https://samen.example.nl/contact",
    },
    "LICENSE": {"name": "EUPL-1.2", "url": "https://eupl.eu/1.2/nl/"},
    "SERVERS": [
        {"url": "/api/v1", "description": "Deze server"},
        {"url": "https://samen.example.nl/api/v1", "description": "Voorbeeld van een installatie"},
    ],
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "DatumprecisieEnum": "samen.core.models.PRECISIE_CHOICES",
        "OrganisatieSoortEnum": "samen.organisaties.models.Organisatie.Soort",
        "OrgaanSoortEnum": "samen.bestuur.models.Orgaan.Soort",
        "RapportSoortEnum": "samen.rapportage.models.Rapport.Soort",
        "AfwezigheidSoortEnum": "samen.kwaliteitskaart.models.Afwezigheid.Soort",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "samen.api.schema.postprocess",
    ],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "DISABLE_ERRORS_AND_WARNINGS": False,
}
# --- end API ---

# --- Security (issue 8) ---
# See docs/security.md. Apps: lock-out after failed logins (django-axes) and TOTP (django-otp).
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp", "csp"]

#: TOTP second factor for beheerders (BIO 9.4.2): on in production, off for the demo/development.
SAMEN_2FA_BEHEERDERS = env_bool("SAMEN_2FA_BEHEERDERS", default=PRODUCTION)
OTP_TOTP_ISSUER = env_str("SAMEN_OTP_ISSUER", "Samen")

#: Optional online check of new passwords against Have I Been Pwned (k-anonymity: only the first
#: five characters of the SHA-1 leave the server). Off by default: the offline list always runs.
SAMEN_HIBP_CONTROLE = env_bool("SAMEN_HIBP_CONTROLE", default=False)
SAMEN_HIBP_URL = env_str("SAMEN_HIBP_URL", "https://api.pwnedpasswords.com/range/")

# Lock-out: five failed logins for one username from one address lock that pair for 15 minutes.
AXES_FAILURE_LIMIT = env_int("SAMEN_LOGIN_POGINGEN", 5)
AXES_COOLOFF_TIME = env_int("SAMEN_LOGIN_WACHTMINUTEN", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/vergrendeld.html"
AXES_IPWARE_PROXY_COUNT = env_int("SAMEN_PROXY_AANTAL", 1 if PRODUCTION else 0) or None
AXES_VERBOSE = False

# Content-Security-Policy (django-csp 4): only this origin, no inline script or style at all.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_SAVE_EVERY_REQUEST = True  # idle sessions expire after SESSION_COOKIE_AGE
#: Sent by samen.core.middleware.BeveiligingsheadersMiddleware on every response.
SAMEN_PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
#: The accessibility statement (core:toegankelijkheid): whom to contact, and its date.
SAMEN_TOEGANKELIJKHEID_CONTACT = env_str(
    "SAMEN_TOEGANKELIJKHEID_CONTACT", "de functioneel beheerder van Samen in uw organisatie"
)
SAMEN_TOEGANKELIJKHEID_DATUM = env_str("SAMEN_TOEGANKELIJKHEID_DATUM", "2026-11-22")
if PRODUCTION:
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
# --- end security ---
