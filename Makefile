# Every target sets itself up: a fresh clone needs nothing but python3.11 and make.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS ?= ../shared/seeds
REALDATA ?= ../shared/realdata

.PHONY: install system test lint lock eval bench app serve clean

# Debian packages the product and its tests use: LibreOffice converts Word 97 .doc files,
# Tesseract with its Vietnamese model reads scanned PDFs, PostgreSQL is the shared database
# the tests also run against, Chromium is the browser of the end-to-end test, poppler-utils'
# pdftoppm is the hand-made reference `make bench` times OCR against. Installed when
# missing and when we may (root, as in CI); otherwise a note says what to install.
SYSTEM_PACKAGES := libreoffice-writer-nogui tesseract-ocr tesseract-ocr-vie postgresql chromium \
	poppler-utils
system:
	@if ! command -v soffice >/dev/null 2>&1 || ! command -v tesseract >/dev/null 2>&1 \
		|| ! command -v pdftoppm >/dev/null 2>&1 \
		|| ! tesseract --list-langs 2>/dev/null | grep -qx vie \
		|| ! { command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; } \
		|| ! { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing $(SYSTEM_PACKAGES) (Debian)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
				apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
		else \
			echo "note: .doc files, scans and the full test suite need: sudo apt-get install $(SYSTEM_PACKAGES)"; \
		fi; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# requirements.lock pins every package, test tools included, at the versions the suite
# last passed with; `make lock` writes it again from pyproject.toml (pip-tools' pip-compile,
# which keeps the pins it can) after a dependency changes.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

lock: | $(BIN)/python
	$(BIN)/pip install -q pip-tools
	$(BIN)/pip-compile -q --extra test --strip-extras --no-emit-index-url --no-emit-find-links \
		-o requirements.lock pyproject.toml

install: $(STAMP) system

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Two workers (pytest-xdist), a test file to each at a time so a module's fixtures are
# built once: the browser and server tests wait on other processes while the other
# worker computes. TEST_WORKERS=0 runs everything in this process.
TEST_WORKERS ?= 2
test: install lint
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

eval: install
	$(BIN)/python -m bench.eval_extract --seeds $(SEEDS)
	$(BIN)/python -m bench.eval_links --seeds $(SEEDS)
	$(BIN)/python -m bench.eval_headers --realdata $(REALDATA)
	$(BIN)/python -m bench.eval_formats --realdata $(REALDATA)
	$(BIN)/python -m bench.eval_ocr --realdata $(REALDATA)
	$(BIN)/python -m bench.eval_directives --realdata $(REALDATA)
	$(BIN)/python -m bench.eval_followup
	$(BIN)/python -m bench.eval_series --realdata $(REALDATA)
	$(BIN)/python -m bench.eval_model --seeds $(SEEDS) --realdata $(REALDATA)
	$(BIN)/python -m bench.eval_running

bench: $(STAMP)
	$(BIN)/python -m bench.speed --seeds $(SEEDS)
	$(BIN)/python -m bench.scale --seeds $(SEEDS)
	$(BIN)/python -m bench.app_speed --seeds $(SEEDS)
	$(BIN)/python -m bench.ocr_speed --realdata $(REALDATA)

# The app on localhost over the embedded SQLite database; the sample series and demo
# accounts are loaded into it if it is empty.
APP_PORT ?= 8501
app: install
	$(BIN)/tracker demo
	@echo "Open http://localhost:$(APP_PORT) (Ctrl+C to stop)"
	$(BIN)/streamlit run app.py --server.address localhost --server.port $(APP_PORT) \
		--server.headless true --browser.gatherUsageStats false

# The app for an office: listening on every address of this machine so colleagues open it
# from their browsers, over the database in DATABASE_URL (default data/tracker.sqlite),
# without the demo: create the first admin with `.venv/bin/tracker user add NAME --role admin`.
SERVE_ADDRESS ?= 0.0.0.0
serve: install
	@echo "Colleagues open http://$$(hostname -I 2>/dev/null | cut -d' ' -f1):$(APP_PORT)"
	$(BIN)/streamlit run app.py --server.address $(SERVE_ADDRESS) --server.port $(APP_PORT) \
		--server.headless true --browser.gatherUsageStats false

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
