# Every target sets itself up: a fresh clone needs nothing but python3.11 and make.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS ?= ../shared/seeds

.PHONY: install test lint eval bench app clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .

test: $(STAMP) lint
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m bench.eval_extract --seeds $(SEEDS)
	$(BIN)/python -m bench.eval_links --seeds $(SEEDS)

bench: $(STAMP)
	$(BIN)/python -m bench.speed --seeds $(SEEDS)
	$(BIN)/python -m bench.scale --seeds $(SEEDS)
	$(BIN)/python -m bench.app_speed --seeds $(SEEDS)

# The app on localhost over the embedded SQLite database; the sample series and demo
# accounts are loaded into it if it is empty.
APP_PORT ?= 8501
app: $(STAMP)
	$(BIN)/tracker demo
	@echo "Open http://localhost:$(APP_PORT) (Ctrl+C to stop)"
	$(BIN)/streamlit run app.py --server.address localhost --server.port $(APP_PORT) \
		--server.headless true --browser.gatherUsageStats false

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
