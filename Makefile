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

# Until the Streamlit app exists: load the sample series into the embedded SQLite database
# (idempotent) and show where each commitment stands.
app: $(STAMP)
	$(BIN)/tracker ingest data/samples
	$(BIN)/tracker status
	$(BIN)/tracker list

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
