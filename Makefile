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

# Test processes for the unit and integration tests (pytest-xdist); the browser tests run
# on their own after them, against one server.
WORKERS ?= 2

# Some machines set PYTHONDONTWRITEBYTECODE; every test process and server would then
# compile the project and rewrite the test modules again (3-4 s each). Cache bytecode.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test test-fast test-browser install assets messages demo lint format bench chromium pango clean

$(STAMP):
	mkdir -p $(STAMP)

$(STAMP)/python: pyproject.toml requirements/constraints.txt | $(STAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e ".[dev,postgres,elasticsearch,redis,s3,pdf]"
	touch $@

$(STAMP)/node: package.json package-lock.json | $(STAMP)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(STAMP)/python $(STAMP)/node pango

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

# Pango, which WeasyPrint loads to make the charter's PDF; without it the hub offers no PDF.
pango:
	@ldconfig -p | grep -q 'libpangoft2-1.0.so.0' || { \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing Debian's Pango for the charter's PDF"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; \
	  else \
	    echo "The charter's PDF needs Pango: run 'sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0'."; \
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

# One leg of the suite: pytest with the leg's options, then the time it took.
# $(1) names the leg, $(2) holds its options; a failing leg (pytest exit 5, no tests
# collected, included) fails make.
define leg_sh
start=$$(date +%s); status=0; \
$(3) $(PY) -m pytest $(2) --durations=15 $(PYTEST_ARGS) || status=$$?; \
echo "== $(1): $$(( $$(date +%s) - start )) s (pytest exit code $$status)"; \
exit $$status
endef
FAST_LEG := -n $(WORKERS) -m "not browser"
BROWSER_LEG := -m browser tests/browser

# The whole suite in two legs, run side by side: the browser leg waits on Chromium and the
# server for about a third of its time, which the unit and integration tests fill. The
# browser leg's report is kept in .make/browser-tests.log and printed when both are done.
# With PYTEST_ARGS, just those tests in one process.
test: install assets messages chromium
ifdef PYTEST_ARGS
	$(PY) -m pytest $(PYTEST_ARGS)
else
	@start=$$(date +%s); \
	( $(call leg_sh,browser tests,$(BROWSER_LEG)) ) > $(STAMP)/browser-tests.log 2>&1 & browser=$$!; \
	( $(call leg_sh,unit and integration tests,$(FAST_LEG),nice -n 10) ); fast=$$?; \
	wait $$browser; slow=$$?; \
	echo ""; cat $(STAMP)/browser-tests.log; \
	echo "== make test: $$(( $$(date +%s) - start )) s in all"; \
	test $$fast -eq 0 && test $$slow -eq 0

endif

# Everything but the browser tests, on $(WORKERS) processes.
test-fast: install assets messages
	@$(call leg_sh,unit and integration tests,$(FAST_LEG))

test-browser: install assets messages chromium
	@$(call leg_sh,browser tests,$(BROWSER_LEG))

# Timings and query counts at scale (tests/bench/bench_*.py; not part of `make test`).
bench: install messages
	$(PY) -m pytest tests/bench -o python_files='bench_*.py' -p no:randomly -q -s

lint: $(STAMP)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py makemigrations --check --dry-run

format: $(STAMP)/python
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(STAMP) static_build staticfiles
