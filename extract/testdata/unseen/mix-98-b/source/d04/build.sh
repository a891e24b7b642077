#!/bin/sh
# $1 = output PDF; pdflatex in a temp dir
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d)
cp "$D/delibera.tex" "$T/" && (cd "$T" && pdflatex -interaction=batchmode delibera.tex >/dev/null && pdflatex -interaction=batchmode delibera.tex >/dev/null)
cp "$T/delibera.pdf" "$1"; rm -rf "$T"
