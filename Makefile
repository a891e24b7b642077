# albo — the whole test suite is `make test`; every performance figure beside
# its baseline is `make bench`.
GO ?= go
PKGS := ./...

.PHONY: all build test bench bench-cluster faults fuzz vet clean weed

all: build

# build writes static binaries: without cgo, net and os/user use their Go
# code, and a start maps and links no C library (albo version, by perf stat
# and GNU time: 0.6-1.1 ms less CPU, 0.6 MiB less resident). bin/albo-extract
# is `albo extract FILE...` alone, for one process per file. make bench
# builds both the same way.
build:
	CGO_ENABLED=0 $(GO) build -o bin/albo ./cmd/albo
	CGO_ENABLED=0 $(GO) build -o bin/albo-extract ./cmd/albo-extract

vet:
	$(GO) vet $(PKGS)

test: vet
	$(GO) test -count=1 -timeout 25m $(PKGS)

# bench prints each figure beside its baseline measured in the same run;
# its layer section measures index.Index (1,000,000 objectives over plan
# revisions with lineage and transfers, the site over every page kind, an
# update's visibility). BENCHFLAGS narrows it, e.g.
# BENCHFLAGS="-only layer -layer-objectives 50000".
bench:
	$(GO) run ./internal/bench $(BENCHFLAGS)

# faults repeats the fault probes (kill -9 at random moments of crawl,
# corpus writes, extraction and index updates under load; a real full disk;
# a real disk failing with EIO (internal/faultfs);
# SIGTERM; hostile and off-site listings; costly queries beside ordinary
# ones) and prints what each tried, failed and lost. The same tests run in
# `make test`, so CI runs them too.
FAULTS := Kill|FullDisk|IOErrors|OffSite|Costly|Signal|Interrupt|Faults|Hostile|ListingCaps|RepeatingListing|CrawlLimits
faults:
	@ALBO_REQUIRE_FULLDISK=$${ALBO_REQUIRE_FULLDISK:-1} $(GO) test -count=1 -v -run '$(FAULTS)' \
	  ./corpus/... ./batch ./index/... ./internal/cli ./web 2>&1 | tee faults.log | \
	  grep -E '^(--- |ok |FAIL)|kill|tried|lost|fail|refused|p99|off-site|ENOSPC|no space' || true
	@! grep -q '^FAIL' faults.log

# bench-cluster indexes the same OBJECTIVES synthetic objectives into bleve
# and into one real OpenSearch node (Java 17 and Maven) and prints both.
OBJECTIVES ?= 1000000
bench-cluster:
	$(GO) run ./internal/bench/cluster -objectives $(OBJECTIVES)

# fuzz runs every fuzz target for FUZZTIME each (default 30s). A target
# that fails does not stop the others: the failing ones are listed at the
# end, and the failing inputs are in each package's testdata/fuzz. Go
# 1.26's fuzzer may fail a target with a bare "context deadline exceeded"
# as its time runs out, with no failing input (go.dev/issue/75804, fixed in
# Go 1.27): such a run is no finding, and is run once more.
FUZZTIME ?= 30s
fuzz:
	@failed=""; log=$$(mktemp); \
	for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    for try in 1 2; do \
	      echo "== $$pkg $$f"; \
	      if $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s $$pkg >$$log 2>&1; \
	        then tail -n 3 $$log; break; fi; \
	      cat $$log; \
	      if [ $$try -eq 1 ] && grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log; then \
	        echo "fuzz: $$pkg $$f: the fuzzer's own deadline race (go.dev/issue/75804), no failing input: running it again"; continue; fi; \
	      failed="$$failed $$pkg.$$f"; break; \
	    done; \
	  done; \
	done; \
	rm -f $$log; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed"; exit 1; fi

clean:
	rm -rf bin

# weed builds SeaweedFS's S3 server, which the object-storage tests run
# (internal/s3test), once into ~/.cache/albo-weed; CI runs it before the
# tests so they never pay for the build.
weed:
	sh internal/s3test/build-weed.sh
