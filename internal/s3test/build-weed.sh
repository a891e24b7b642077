#!/bin/sh
# Builds SeaweedFS's weed, the S3-compatible server the object-storage
# tests run, from the Go module proxy into the user's cache folder
# ($XDG_CACHE_HOME or ~/.cache, /albo-weed/weed) where internal/s3test
# finds it. Built once: a second run does nothing.
#
# `go install module@version` refuses this module (its go.mod has replace
# directives), so the module is downloaded, copied out of the read-only
# module cache and built as the main module.
set -eu
version=v0.0.0-20261109003541-7506e5f91cd6
cache=${XDG_CACHE_HOME:-$HOME/.cache}/albo-weed
if [ -x "$cache/weed" ]; then
	exit 0
fi
mkdir -p "$cache"
src=$(cd "$(mktemp -d)" && GOFLAGS=-mod=mod go mod download -json "github.com/seaweedfs/seaweedfs@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
if [ -z "$src" ]; then
	echo "build-weed: go mod download github.com/seaweedfs/seaweedfs@$version gave no folder" >&2
	exit 1
fi
rm -rf "$cache/src"
cp -r "$src" "$cache/src"
chmod -R u+w "$cache/src"
cd "$cache/src"
GOFLAGS=-buildvcs=false go build -o "$cache/weed.tmp" ./weed
mv "$cache/weed.tmp" "$cache/weed"
rm -rf "$cache/src"
