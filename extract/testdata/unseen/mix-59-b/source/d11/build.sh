#!/bin/sh
cd "$(dirname "$0")"
T=$(dirname "$1")/.tmp/d11; mkdir -p "$T"
pdflatex -interaction=batchmode -output-directory "$T" convocazione.tex >/dev/null
pdflatex -interaction=batchmode -output-directory "$T" convocazione.tex >/dev/null
cp "$T/convocazione.pdf" "$1"
