#!/bin/sh
# builds the TeX document (run from source/)
set -e
OUT=$(realpath "$1")
cd tex
pdflatex -interaction=nonstopmode palma.tex >/dev/null
pdflatex -interaction=nonstopmode palma.tex >/dev/null
cp palma.pdf "$OUT"
rm -f palma.aux palma.log palma.pdf
