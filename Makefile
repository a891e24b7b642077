# albo — the whole test suite is `make test`; every performance figure beside
# its baseline is `make bench`.
GO ?= go
PKGS := ./...

.PHONY: all build test bench fuzz vet clean weed

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

# weed builds SeaweedFS's S3 server, which the object-storage tests run
# (internal/s3test), once into ~/.cache/albo-weed; CI runs it before the
# tests so they never pay for the build.
weed:
	sh internal/s3test/build-weed.sh
