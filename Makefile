# Charter Hub: `make run` serves the demo hub, `make test` runs the whole suite.
# Both install what they need first; nothing has to be installed by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := .make
HOST ?= 127.0.0.1
PORT ?= 8000
DEV_SETTINGS := hub.settings.dev
# The demo runs like production (hashed, compressed static files; real 404 pages).
# `make run DEMO_DEBUG=true` gives Django's debug pages instead.
DEMO_DEBUG ?= false

.PHONY: run test install assets messages demo lint format bench chromium clean

$(STAMP):
	mkdir -p $(STAMP)

$(STAMP)/python: pyproject.toml requirements/constraints.txt | $(STAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e ".[dev,postgres,elasticsearch,redis,s3]"
	touch $@

$(STAMP)/node: package.json package-lock.json | $(STAMP)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(STAMP)/python $(STAMP)/node

assets: $(STAMP)/node
	npm run --silent build

messages: $(STAMP)/python
	$(PY) -m hub.compile_messages

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need Chromium: run 'sudo apt-get install chromium' and try again."; exit 1; \
	  fi; }

demo: install assets messages
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py migrate --no-input -v 0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py collectstatic --no-input -v 0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py load_demo --quiet-logins

run: demo
	@echo ""
	@echo "Charter Hub is starting."
	@echo "  Site:  http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/"
	@DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py load_demo | tail -n +2
	@echo ""
	DEBUG=$(DEMO_DEBUG) DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py runserver $(HOST):$(PORT)

test: install assets messages chromium
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py makemigrations --check --dry-run

format: $(STAMP)/python
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(STAMP) static_build staticfiles
