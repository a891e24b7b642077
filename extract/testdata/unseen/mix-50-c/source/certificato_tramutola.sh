#!/bin/sh
# Comune di Tramutola - certificate of publication written in LyX (exported LaTeX kept here), pdflatex
set -e
D=$(cd "$(dirname "$0")" && pwd)/tramutola; B=$(mktemp -d)
cd "$B"; pdflatex -interaction=batchmode "$D/certificato.tex" >/dev/null
cd - >/dev/null; cp "$B/certificato.pdf" "$1"; rm -rf "$B"
