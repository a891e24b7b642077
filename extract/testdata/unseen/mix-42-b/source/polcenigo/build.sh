#!/bin/sh
# pdfLaTeX (article class, Latin Modern), run twice for "Pagina x di y"
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
pdflatex -interaction=batchmode -output-directory "$T" delibera_gc_27_2026.tex >/dev/null
pdflatex -interaction=batchmode -output-directory "$T" delibera_gc_27_2026.tex >/dev/null
cp "$T/delibera_gc_27_2026.pdf" "$1/delibera-polcenigo-latex.pdf"; rm -rf "$T"
