#!/bin/sh
# Comune di Cordovado - XeLaTeX (run twice for LastPage)
set -e
D=$(cd "$(dirname "$0")" && pwd)/cordovado; B=$(mktemp -d)
cd "$B"; xelatex -interaction=batchmode "$D/determina.tex" >/dev/null; xelatex -interaction=batchmode "$D/determina.tex" >/dev/null
cd - >/dev/null; cp "$B/determina.pdf" "$1"; rm -rf "$B"
