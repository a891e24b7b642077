#!/bin/sh
cd "$(dirname "$0")"
T=$(dirname "$1")/.tmp/d12; mkdir -p "$T"
pdflatex -interaction=batchmode -output-directory "$T" avviso.tex >/dev/null
cp "$T/avviso.pdf" "$1"
