# Two commands: `make serve` to preview, `make test` to check. Each sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1
export PYTHONPATH := $(CURDIR)/scripts

.PHONY: serve build offline test check coverage candidates add lint bench clean

$(VENV)/.installed: requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

# The generator compiled once, as pip compiles an installed package, so that a build does not
# compile it again on every run where PYTHONDONTWRITEBYTECODE is set (as on our CI machines).
BYTECODE := .cache/bytecode
$(BYTECODE): $(VENV)/.installed $(wildcard scripts/*.py scripts/*/*.py)
	$(BIN)/python -m compileall -q scripts
	mkdir -p $(@D) && touch $@

/usr/bin/chromium:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

/usr/bin/java:  # the Nu Html Checker runs on Java
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq default-jre-headless

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: $(VENV)/.installed $(BYTECODE)  ## preview at http://127.0.0.1:8000/hanoi-summit/ with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.installed $(BYTECODE)  ## strict build into site/, replaced only when the build succeeds
	rm -rf .site-new
	$(BIN)/mkdocs build --strict --site-dir .site-new
	rm -rf site && mv .site-new site

SHIM := node_modules/iframe-worker/shim/index.js
offline: $(VENV)/.installed $(BYTECODE) node_modules/.installed  ## a copy for file:// in site-offline/, search included
	rm -rf .site-offline-new
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml --site-dir .site-offline-new
	cp $(SHIM) .site-offline-new/assets/javascripts/iframe-worker-shim.js
	rm -rf site-offline && mv .site-offline-new site-offline

check: $(VENV)/.installed  ## validate content/ without writing anything
	$(BIN)/python -m explainer check

coverage: $(VENV)/.installed  ## each source paragraph and the items citing it
	$(BIN)/python -m explainer coverage

candidates: $(VENV)/.installed  ## dates, names and quotations no item covers yet
	$(BIN)/python -m explainer candidates

add: $(VENV)/.installed  ## how the rules read FILE=content/sources/NAME.txt, and its metadata skeleton
	$(BIN)/python -m explainer add $(FILE)

lint: $(VENV)/.installed
	$(BIN)/ruff check scripts tests

test: $(VENV)/.installed /usr/bin/chromium /usr/bin/java node_modules/.installed  ## the whole suite
	$(BIN)/ruff check scripts tests
	$(BIN)/pytest

# SIZES="10 100 1000" adds the long whole-site runs; SECTIONS="sites" runs one section alone.
bench: $(VENV)/.installed $(BYTECODE) /usr/bin/chromium node_modules/.installed  ## timings and page weight against budgets, not part of test
	$(BIN)/python -m bench $(if $(SIZES),--sizes $(SIZES)) $(SECTIONS)

clean:
	rm -rf site site-offline .site-new reports
