# DebtLens: `make run` starts the app on your database, `make test` runs the whole test suite.
# Each creates the virtual environment (.venv) when it is missing.
# `make package` builds the desktop bundle dist/DebtLens/ (PyInstaller) and checks it; `make tarball` packs it
# for Linux; `make wheel` builds the wheel and sdist into dist/ (docs/packaging.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := translations/debtlens_zh_CN.qm translations/debtlens_en.qm
PACKAGING := $(VENV)/.packaging
APP_ID := org.debtlens.DebtLens
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
BUNDLE := dist/DebtLens
TARBALL := dist/DebtLens-$(VERSION)-linux-$(shell uname -m).tar.gz

.PHONY: run demo test bench screenshots translations clean package tarball wheel

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

# PyInstaller (the `packaging` extra) on top of the test environment
$(PACKAGING): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,packaging]'
	touch $(PACKAGING)

# the one-folder bundle; on Linux with the menu entry, AppStream data, icons and install.sh; then its self-test,
# in Chinese (the default language, and the one that needs the translations and a CJK font)
package: $(PACKAGING) translations
	rm -rf $(BUNDLE) build/pyinstaller
	for format in png ico icns; do $(PY) packaging/render_icon.py build/icons/DebtLens.$$format 256 || exit 1; done
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/debtlens.spec
	if [ "$$(uname -s)" = Linux ]; then \
		install -D -m 644 packaging/linux/$(APP_ID).desktop $(BUNDLE)/share/applications/$(APP_ID).desktop && \
		install -D -m 644 packaging/linux/$(APP_ID).metainfo.xml $(BUNDLE)/share/metainfo/$(APP_ID).metainfo.xml && \
		install -D -m 644 resources/icons/app.svg $(BUNDLE)/share/icons/hicolor/scalable/apps/$(APP_ID).svg && \
		install -D -m 644 build/icons/DebtLens.png $(BUNDLE)/share/icons/hicolor/256x256/apps/$(APP_ID).png && \
		install -m 755 packaging/linux/install.sh $(BUNDLE)/install.sh; \
	fi
	env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 $(BUNDLE)/DebtLens --self-test

tarball: package
	tar -C dist -czf $(TARBALL) DebtLens
	@echo "$(TARBALL): $$(du -h $(TARBALL) | cut -f1)"

# offline: .venv's setuptools builds (no isolation); build/lib is emptied so no deleted module ships
wheel: $(STAMP)
	rm -rf build/lib
	$(PY) -m pip wheel --no-deps --no-build-isolation --quiet -w dist .
	$(PY) -c "from setuptools import build_meta as b; b.build_sdist('dist')" > /dev/null
	@ls -1 dist/debtlens-$(VERSION)-*.whl dist/debtlens-$(VERSION).tar.gz

clean:
	rm -rf $(VENV) translations/*.qm build dist
