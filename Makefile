# marsad: two commands for a fresh machine.
#   make demo   create .venv, install marsad, run it on examples/ into out/demo
#   make test   create .venv, install marsad with test extras, run the whole test suite

# the interpreter for .venv: the distribution's optimised python3 when usable (see scripts/pick_python.sh)
PYTHON ?= $(shell sh scripts/pick_python.sh)
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install --quiet --disable-pip-version-check
DEMO_OUT ?= out/demo

.PHONY: demo test bench clean-demo

demo: $(VENV)/.installed
	$(VENV)/bin/marsad run examples --out $(DEMO_OUT)
	@echo "marsad demo: outputs are in $(DEMO_OUT)/ (open $(DEMO_OUT)/report.html in a browser)"

test: $(VENV)/.installed-test
	@if [ -f scripts/setup_test_env.sh ]; then \
	  bash scripts/setup_test_env.sh $(PY) || echo "make test: WARNING: scripts/setup_test_env.sh failed; tests that need it will skip" >&2; \
	fi
	$(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) bench/run.py --n 2000

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PIP) -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PIP) -e ".[test]"
	@touch $@ $(VENV)/.installed

clean-demo:
	rm -rf $(DEMO_OUT)
