# parkqa: two commands. `make run` indexes the bundled samples and opens the chat;
# `make test` installs the dev extras and runs the whole suite. Both work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STORE  ?= parkqa-store
# No model or data is ever downloaded at run time; tests make an accidental download fail loudly.
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test lint bench clean browser

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# torch first, pinned to the CPU build on disk: an unpinned torch pulls several GB of CUDA.
$(VENV)/.installed: pyproject.toml | $(VENV)/bin/activate
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(VENV)/bin/parkqa index examples/reports --store $(STORE) --prune
	$(VENV)/bin/parkqa serve --store $(STORE)

# The browser tests drive Debian's Chromium (no browser download) with a CJK font (else the
# Chinese page and its screenshots are boxes): install them when missing.
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei

test: $(VENV)/.installed-dev /usr/bin/chromium /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
	$(VENV)/bin/ruff check src tests app.py examples benchmarks
	$(VENV)/bin/mypy
	$(PY) -m pytest

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check src tests app.py examples benchmarks
	$(VENV)/bin/ruff format --check src tests app.py examples benchmarks
	$(VENV)/bin/mypy

bench: $(VENV)/.installed-dev
	$(PY) benchmarks/index_throughput.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .ruff_cache
