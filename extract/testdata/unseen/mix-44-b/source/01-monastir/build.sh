#!/bin/sh
# pdfLaTeX, two runs for LastPage
cd "$(dirname "$0")"
pdflatex -interaction=nonstopmode delibera.tex >/dev/null
pdflatex -interaction=nonstopmode delibera.tex >/dev/null
cp delibera.pdf "$1/delibera-giunta-monastir-pdflatex.pdf"
rm -f delibera.aux delibera.log delibera.out delibera.pdf
