# DebtLens: `make run` starts the app on your database, `make test` runs the whole test suite.
# Each creates the virtual environment (.venv) when it is missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := translations/debtlens_zh_CN.qm translations/debtlens_en.qm

.PHONY: run demo test bench screenshots translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(PY) -m app

demo: $(STAMP) translations
	$(PY) -m app --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	for b in tests/benchmarks/bench_*.py; do $(PY) $$b; done

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/workshop_screenshots.py

clean:
	rm -rf $(VENV) translations/*.qm
