#!/bin/sh
# Comune di Viggianello - LaTeX beamer, pdflatex
set -e
D=$(cd "$(dirname "$0")" && pwd)/viggianello; B=$(mktemp -d)
cd "$B"; pdflatex -interaction=batchmode "$D/avviso.tex" >/dev/null || true
cd - >/dev/null; cp "$B/avviso.pdf" "$1"; rm -rf "$B"
