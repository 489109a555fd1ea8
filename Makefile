# Two commands: `make demo` sets up and explains the bundled examples; `make test` sets up and runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck browser trace mutate mutate-code corpus snapshot docs bench clean check

# The editable install compiles the message catalogs (hatch_build.py): a changed .po reinstalls.
$(STAMP): pyproject.toml hatch_build.py src/cooperation_rules/_version.py $(wildcard src/cooperation_rules/locale/*/LC_MESSAGES/*.po)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/cooperation-rules explain examples/events.jsonl --lifecycle examples/lifecycle.json

# ruff, and the import graph's contracts (pyproject.toml [tool.importlinter]).
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy

# Headless Chromium for the documentation site's browser test (Debian packages).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q chromium chromium-driver >/dev/null; }

# The tests write build/spec-results.json (every scenario's result and the rules that fired in it);
# the trace gate then refuses an operative provision or a rule that no passing scenario tests, and
# the mutation check refuses a change of a rule that the scenarios would not notice.
# pytest runs under scripts/with-postgresql: it installs Debian's postgresql when missing (as root,
# or through sudo), starts a throwaway cluster on 127.0.0.1 in a folder under /tmp for the run, sets
# COOPERATION_RULES_TEST_POSTGRESQL_URL, and stops and deletes the cluster afterwards, even when the
# tests fail; no cluster of the machine's (Debian's 15/main on port 5432) is started or touched.
# Where no server can be had, it prints why and the PostgreSQL tests are skipped with that reason
# (-ra in pyproject.toml prints every skip reason in the summary); COOPERATION_RULES_TEST_POSTGRESQL=off
# skips them on purpose.
test: $(STAMP) lint typecheck browser
	scripts/with-postgresql -- $(BIN)/python -m pytest
	$(MAKE) --no-print-directory trace
	$(MAKE) --no-print-directory mutate
	$(MAKE) --no-print-directory check

trace: $(STAMP)
	mkdir -p build
	$(BIN)/cooperation-rules trace --check > build/trace.txt && tail -n 2 build/trace.txt

# Every mutant of every rule against the scenarios, on every core; the report is build/mutation.txt.
mutate: $(STAMP)
	mkdir -p build
	$(BIN)/cooperation-rules mutate --check --json-out build/mutation.json > build/mutation.txt && tail -n 2 build/mutation.txt

# Mutation testing of the product's Python code with mutmut ([tool.mutmut] in pyproject.toml), in sittings: each
# mutant runs only the tests that reach its function, results are kept in mutants/ and the next run goes on from
# there. BUDGET=SECONDS stops a sitting (results kept); MUTANTS='cooperation_rules.law.*' judges only those (again);
# RECHECK=1 judges again every mutant not killed; FRESH=1 starts afresh; JOBS sets the processes. Reports:
# build/mutmut.txt, build/mutmut-stats.json. See scripts/mutate-code and docs/regressions.md.
mutate-code: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[mutate-code]'
	BIN=$(BIN) scripts/mutate-code

# The rules proved over every possible event (gaps, dead rules, conflicts, duty timing); the report is build/check.txt.
check: $(STAMP)
	mkdir -p build
	$(BIN)/cooperation-rules check > build/check.txt; status=$$?; tail -n 2 build/check.txt; exit $$status

# Regenerate the systematic corpus of events (tests/corpus/), then review and approve the snapshot.
corpus: $(STAMP)
	$(BIN)/python tests/corpus/generate.py

# Approve the decisions of the rules as they are, after reviewing them with cooperation-rules diff.
snapshot: $(STAMP)
	$(BIN)/cooperation-rules snapshot tests/corpus --out tests/snapshots/decisions.jsonl

# The site states the run its results come from: the scenarios run first when build/spec-results.json is missing or
# is not the run of the scenarios, rules, version and commit as they are (a failing scenario still builds the site).
docs: $(STAMP)
	$(BIN)/cooperation-rules docs fresh || $(BIN)/python -m pytest -q -p no:cacheprovider tests/bdd || true
	$(BIN)/cooperation-rules docs build docs/site

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist docs/site .pytest_cache .mypy_cache .ruff_cache .hypothesis mutants
