# albo — the whole test suite is `make test`; every performance figure beside
# its baseline is `make bench`.
GO ?= go
PKGS := ./...

.PHONY: all build test bench bench-cluster fuzz vet clean

all: build

build:
	$(GO) build -o bin/albo ./cmd/albo

vet:
	$(GO) vet $(PKGS)

test: vet
	$(GO) test -count=1 -timeout 25m $(PKGS)

# bench prints each figure beside its baseline measured in the same run.
bench:
	$(GO) run ./internal/bench

# bench-cluster indexes the same OBJECTIVES synthetic objectives into bleve
# and into one real OpenSearch node (Java 17 and Maven) and prints both.
OBJECTIVES ?= 1000000
bench-cluster:
	$(GO) run ./internal/bench/cluster -objectives $(OBJECTIVES)

# fuzz runs every fuzz target for FUZZTIME each (default 30s).
FUZZTIME ?= 30s
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin
