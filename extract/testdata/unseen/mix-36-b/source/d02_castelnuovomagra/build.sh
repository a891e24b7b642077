#!/bin/sh
# pdfTeX (TeX Live 2022): article class, Times (mathptmx), fancyhdr running head
cd "$(dirname "$0")"
T=$(mktemp -d); cp delibera.tex "$T"/
(cd "$T" && pdflatex -interaction=nonstopmode delibera.tex >/dev/null && pdflatex -interaction=nonstopmode delibera.tex >/dev/null)
cp "$T"/delibera.pdf "${OUT:-../..}/deliberazione-castelnuovomagra-latex.pdf"; rm -rf "$T"
