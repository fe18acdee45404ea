# Quick start: `make run` opens the program; `make test` runs ruff and every test.
# Both set everything up first: Debian's libraries for Qt (when missing), a virtual
# environment, and the pinned Python packages.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEBIAN_PACKAGES := libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 \
	libxkbcommon0 libx11-6 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 \
	xvfb xauth fonts-noto-core fonts-noto-cjk poppler-utils libreoffice-calc-nogui

.PHONY: run test setup system-packages bundle screenshots benchmarks translations

run: setup
	$(PY) main.py

test: setup
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

setup: system-packages $(VENV)/.installed

system-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1; then \
			echo "Installing Debian packages: $$missing"; \
			SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
			$$SUDO apt-get update -qq && \
			DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
		else echo "Please install: $$missing"; fi; \
	fi

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/omnibus/omnibus --selftest

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) tests/tools/screenshots.py docs

benchmarks: setup
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run_all.py

# The program's own strings: update the catalogues from gui/ (for translators, in Qt
# Linguist: .venv/bin/pyside6-linguist), then compile what is translated.
translations: setup
	$(VENV)/bin/pyside6-lupdate gui/*.py -ts $(foreach l,fr es ru zh ar,resources/translations/omnibus_$(l).ts)
	$(VENV)/bin/pyside6-lrelease resources/translations/*.ts
