#!/bin/sh
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
cp convocazione.tex "$T/" && (cd "$T" && pdflatex -interaction=batchmode convocazione.tex >/dev/null && pdflatex -interaction=batchmode convocazione.tex >/dev/null)
mv "$T/convocazione.pdf" "$1"; rm -rf "$T"
