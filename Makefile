# Two commands: `make serve` to preview, `make test` to check. Each sets up what it needs.
# `make help` lists every target. ENGINE=zensical builds and serves with Zensical instead of MkDocs.
PYTHON ?= python3
ENGINE ?= mkdocs
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PIP    := $(BIN)/pip install --quiet --disable-pip-version-check
export NO_MKDOCS_2_WARNING := 1

.PHONY: help serve build offline test check coverage candidates add lint schema lock check-lock bench clean

help:  ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# Three sets, each locked with hashes (`make lock`): what builds and serves the site, what the
# tests add, and Zensical. pip and setuptools come first, pinned too, and the generator is
# installed in place (`pip install -e .`), so `explainer` and `python -m explainer` need no PYTHONPATH.
$(VENV)/.runtime: requirements.lock requirements-pip.lock pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) --require-hashes -r requirements-pip.lock
	$(PIP) --require-hashes -r requirements.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test: $(VENV)/.runtime requirements-test.lock
	$(PIP) --require-hashes -r requirements-test.lock
	touch $@

$(VENV)/.zensical: $(VENV)/.runtime requirements-zensical.lock
	$(PIP) --require-hashes -r requirements-zensical.lock
	touch $@

ifeq ($(filter $(ENGINE),mkdocs zensical),)
$(error ENGINE must be mkdocs or zensical, not "$(ENGINE)")
endif
ENGINE_SET := $(VENV)/.runtime $(if $(filter zensical,$(ENGINE)),$(VENV)/.zensical)

# The generator compiled once, as pip compiles an installed package, so that a build does not
# compile it again on every run where PYTHONDONTWRITEBYTECODE is set (as on our CI machines).
BYTECODE := .explainer-cache/bytecode
$(BYTECODE): $(VENV)/.runtime $(wildcard scripts/*.py scripts/*/*.py)
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

# Zensical serves at the root (http://127.0.0.1:8000/) and keeps what it serves in .site-serve/.
serve: $(ENGINE_SET) $(BYTECODE)  ## preview at http://127.0.0.1:8000/hanoi-summit/ with live reload (ENGINE=zensical too)
ifeq ($(ENGINE),zensical)
	$(BIN)/explainer build
	$(BIN)/explainer watch --site .site-serve & trap 'kill $$!' EXIT INT TERM; SITE_DIR=.site-serve $(BIN)/zensical serve --dev-addr 127.0.0.1:8000
else
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000
endif

build: $(ENGINE_SET) $(BYTECODE)  ## strict build into site/, replaced only when the build succeeds (ENGINE=zensical too)
	rm -rf .site-new
ifeq ($(ENGINE),zensical)
	$(BIN)/explainer build
	SITE_DIR=.site-new $(BIN)/zensical build --clean --strict
	$(BIN)/explainer mend .site-new
	$(BIN)/explainer index .site-new
else
	$(BIN)/mkdocs build --strict --site-dir .site-new
endif
	rm -rf site && mv .site-new site

SHIM := node_modules/iframe-worker/shim/index.js
offline: $(VENV)/.runtime $(BYTECODE) node_modules/.installed  ## a copy for file:// in site-offline/, search included
	rm -rf .site-offline-new
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml --site-dir .site-offline-new
	cp $(SHIM) .site-offline-new/assets/javascripts/iframe-worker-shim.js
	rm -rf site-offline && mv .site-offline-new site-offline

check: $(VENV)/.runtime  ## validate content/ without writing anything
	$(BIN)/explainer check

coverage: $(VENV)/.runtime  ## each source paragraph and the items citing it
	$(BIN)/explainer coverage

candidates: $(VENV)/.runtime  ## dates, names and quotations no item covers yet
	$(BIN)/explainer candidates

add: $(VENV)/.runtime  ## how the rules read FILE=content/sources/NAME.txt, and its metadata skeleton
	$(BIN)/explainer add $(FILE)

schema: $(VENV)/.runtime  ## regenerate schemas/*.json (editor support) from the model
	$(BIN)/explainer schema

lint: $(VENV)/.test  ## ruff over the code
	$(BIN)/ruff check scripts tests

# pip-compile comes from pip-tools, installed for this target only.
LOCK := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
lock: $(VENV)/.runtime  ## re-lock the three sets and pip from pyproject.toml (newest versions within its ranges)
	$(PIP) pip-tools
	$(LOCK) --upgrade -o requirements.lock pyproject.toml
	$(LOCK) --upgrade --extra test -c requirements.lock -o requirements-test.lock pyproject.toml
	$(LOCK) --upgrade --extra zensical -c requirements.lock -o requirements-zensical.lock pyproject.toml
	$(LOCK) --upgrade -o requirements-pip.lock requirements-pip.in

check-lock: $(VENV)/.test  ## fail when a lock no longer matches pyproject.toml
	$(BIN)/pytest -q tests/test_packaging.py -k "lock or pip or requires_python"

test: $(VENV)/.test $(VENV)/.zensical /usr/bin/chromium /usr/bin/java node_modules/.installed  ## the whole suite, both engines
	$(BIN)/ruff check scripts tests
	$(BIN)/pytest

# SIZES="10 100 1000" adds the long whole-site runs; SECTIONS="sites" runs one section alone.
bench: $(VENV)/.test $(BYTECODE) /usr/bin/chromium node_modules/.installed  ## timings and page weight against budgets, not part of test
	$(BIN)/python -m bench $(SECTIONS) $(if $(SIZES),--sizes $(SIZES))

clean:  ## remove what builds and reports left
	rm -rf site site-offline .site-new .site-serve reports
