# anjian — build, run and test entry points. Works from a fresh clone on Debian 12 (as root, or
# with sudo for the package install). See `make help`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ANJIAN_DATA ?= data
ANJIAN_PORT ?= 8080
export CCACHE_DIR ?= $(or $(HOME),$(CURDIR)/build)/.ccache

.PHONY: help deps build server web run test bench bench-ledger bench-dp bench-import bench-zero-report bench-duty bench-national clean distclean pg-start pg-stop cluster-start cluster-stop e2e fuzz \
	replay-record replay-compare

help:
	@echo "make run        deps, build the server, build the web UI, serve the demo city"
	@echo "                (ANJIAN_DATA=$(ANJIAN_DATA) ANJIAN_PORT=$(ANJIAN_PORT)) at http://127.0.0.1:$(ANJIAN_PORT)/"
	@echo "make test       everything CI runs: deps, build, ctest (SQLite), ctest -L integration"
	@echo "                (PostgreSQL 15), cluster (scripts/cluster-test.sh: 3 nodes + nginx + primary/standby),"
	@echo "                security (ctest -L security), web install/test/build, e2e, fuzz; last line 'N passed, M failed'"
	@echo "                (subset: make test STAGES='web-test e2e'; skip: make test SKIP=fuzz)"
	@echo "make build      release build with tests and benchmarks (build/release)"
	@echo "make web        npm ci when needed + npm run build when web/dist is stale"
	@echo "make deps       install missing Debian packages (scripts/install-deps.sh)"
	@echo "make bench      benchmarks: HTTP anjian vs nginx (bench/http/run.sh), then the ledger, then"
	@echo "                dual prevention (SCALE= applies to both), then duty coverage"
	@echo "make bench-ledger  ledger posting/trace/memory benchmark alone (bench/ledger/run.sh);"
	@echo "                SCALE=0.01 for a quick run (default 1 = the issue's 10,000,000 codes)"
	@echo "make bench-dp   hidden-danger list/statistics on SQLite and PostgreSQL alone"
	@echo "                (bench/dual_prevention/run.sh); SCALE=0.05 for a quick run (default 1 ="
	@echo "                the issue's province: 1,000,000 hidden dangers), REGENERATE=1 to rebuild"
	@echo "                the cached datasets"
	@echo "make bench-import  enterprise import: peak RSS, answer size, time of 1,000,000 bad rows"
	@echo "                (bench/import/run.sh); OLD_BIN=path or OLD_REF=main to compare side by side"
	@echo "make bench-duty duty-roster coverage of 50,000 shifts 14 days ahead (bench/duty/run.sh)"
	@echo "make bench-national  national dataset on PostgreSQL, three nodes behind nginx, wrk"
	@echo "                (bench/national/run.sh); SCALE=0.02 for a quick run, REGENERATE=1"
	@echo "make fuzz       build the fuzz preset and run each target (FUZZ_SECONDS=20)"
	@echo "make replay-record   record the replay scenario (every area, role, read/write, good/bad"
	@echo "                input) against REPLAY_BIN (default build/release/anjian) into REPLAY_DIR"
	@echo "                (default build/replay/baseline); see scripts/replay/README.md"
	@echo "make replay-compare  replay it against REPLAY_BIN and diff with REPLAY_DIR: per-area"
	@echo "                counts, first differences, exit 1 on any difference"
	@echo "                (deliberate error-answer changes are listed in scripts/replay/expected.json)"
	@echo "make pg-start / pg-stop   throwaway PostgreSQL 15 test cluster (prints its URI)"
	@echo "make cluster-start / cluster-stop   PostgreSQL primary + synchronous standby, 3 anjian nodes,"
	@echo "                nginx at :18160 (scripts/cluster.sh; DEMO=1 seeds the demo city; docs/operations.md)"
	@echo "make clean      remove build/ and web/dist (keeps data/ and web/node_modules)"

deps:
	@scripts/install-deps.sh

build: deps
	@source scripts/lib.sh && configure_preset release
	cmake --build --preset release

# The server binary alone (what `make run` needs).
server: deps
	@source scripts/lib.sh && configure_preset release
	cmake --build --preset release --target anjian

web: deps
	@scripts/web.sh dist

run: server web
	@echo "== anjian demo city at http://127.0.0.1:$(ANJIAN_PORT)/ (data: $(ANJIAN_DATA)); log in as jining / Demo@2026"
	ANJIAN_DATA="$(ANJIAN_DATA)" ANJIAN_PORT="$(ANJIAN_PORT)" exec build/release/anjian serve --demo --web-root web/dist

test:
	@scripts/test-all.sh $(STAGES)

e2e:
	@scripts/test-all.sh deps build web-install web-build e2e

fuzz: deps
	@scripts/fuzz.sh $(FUZZ_SECONDS)

bench:
	@scripts/install-deps.sh --bench
	@rc=0; bench/http/run.sh || rc=$$?; \
	  $(if $(SCALE),LEDGER_BENCH_SCALE=$(SCALE)) bench/ledger/run.sh || rc=$$?; \
	  $(if $(SCALE),DP_BENCH_SCALE=$(SCALE)) $(if $(REGENERATE),DP_BENCH_REGENERATE=1) \
	  bench/dual_prevention/run.sh || rc=$$?; \
	  bench/zero_report/run.sh || rc=$$?; \
	  bench/duty/run.sh || rc=$$?; exit $$rc

bench-ledger: deps
	@$(if $(SCALE),LEDGER_BENCH_SCALE=$(SCALE)) bench/ledger/run.sh

bench-zero-report: deps
	@bench/zero_report/run.sh

bench-import: deps
	@bench/import/run.sh

bench-duty: deps
	@bench/duty/run.sh

bench-national: server
	@scripts/install-deps.sh --bench
	@$(if $(SCALE),SCALE=$(SCALE)) $(if $(REGENERATE),REGENERATE=1) \
	  ANJIAN_BIN=$${ANJIAN_BIN:-$(CURDIR)/build/release/anjian} bench/national/run.sh

bench-dp: deps
	@$(if $(SCALE),DP_BENCH_SCALE=$(SCALE)) $(if $(REGENERATE),DP_BENCH_REGENERATE=1) \
	  bench/dual_prevention/run.sh

REPLAY_BIN ?= build/release/anjian
REPLAY_DIR ?= build/replay/baseline

replay-record: server
	@scripts/replay/replay.sh record $(REPLAY_BIN) $(REPLAY_DIR)

replay-compare: server
	@scripts/replay/replay.sh compare $(REPLAY_BIN) $(REPLAY_DIR) --expected scripts/replay/expected.json

pg-start: deps
	@scripts/pg-test-cluster.sh start

pg-stop:
	@scripts/pg-test-cluster.sh stop

cluster-start: server
	@scripts/cluster.sh start $(if $(DEMO),--demo)

cluster-stop:
	@scripts/cluster.sh stop

clean:
	-@scripts/pg-test-cluster.sh stop >/dev/null 2>&1
	rm -rf build web/dist

distclean: clean
	rm -rf web/node_modules
