#!/bin/sh
# pdfLaTeX, twice for LastPage
set -e
cd "$(dirname "$0")"; T=$(mktemp -d); cp delibera.tex "$T/"
( cd "$T" && pdflatex -interaction=batchmode delibera.tex >/dev/null && pdflatex -interaction=batchmode delibera.tex >/dev/null )
cp "$T/delibera.pdf" "$1/deliberazione-loreto-latex.pdf"
