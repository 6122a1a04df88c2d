# Samen: two commands. `make run` starts Samen with the DSZ demo on SQLite; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Pure modules (no Django import): type-checked strictly.
PURE := src/samen/conf.py src/samen/core/dates.py src/samen/terreinen/stand.py src/samen/bestuur/status.py \
	src/samen/kwaliteitskaart/solver src/samen/kwaliteitskaart/analyse.py src/samen/kwaliteitskaart/uitvoer.py \
	src/samen/businesscase/engine src/samen/gegevensbeheer/engine src/samen/gegevensbeheer/grafiek.py \
	src/samen/rapportage/bouwstenen.py src/samen/rapportage/document.py src/samen/rapportage/formaten.py src/samen/rapportage/gegevens.py src/samen/rapportage/inhoud_notitie.py src/samen/rapportage/inhoud_voorblad.py src/samen/rapportage/nieuwsbrief.py src/samen/rapportage/opmaak.py src/samen/rapportage/render_docx.py src/samen/rapportage/render_html.py src/samen/rapportage/render_md.py src/samen/rapportage/render_pdf.py src/samen/rapportage/samenstellen.py src/samen/rapportage/zinnen.py

NODE_STAMP := node_modules/.installed

.PHONY: run test lint format install clean node

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Samen needs Python 3.11 or newer")'
	@$(PYTHON) -m venv $(VENV) || { echo "Kon geen virtuele omgeving maken: installeer python3-venv (apt-get install python3-venv)."; exit 1; }

$(STAMP): $(BIN)/python requirements.lock pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

install: $(STAMP)

# Checkers from npm (Spectral for the API Design Rules, axe-core for accessibility). Without npm
# the tests that need them skip with the reason (CI installs npm and fails on a skip instead).
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
		echo "npm ontbreekt: de tests met Spectral en axe-core worden overgeslagen."; \
	fi

node: $(NODE_STAMP)

run: $(STAMP)
	$(BIN)/samen demo
	$(BIN)/samen serve --host $(HOST) --port $(PORT)

test: $(STAMP) node
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy src/samen --exclude '/tests/'
	$(BIN)/mypy --strict $(PURE)
	$(BIN)/samen makemigrations --check --dry-run

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules var/*.sqlite3
