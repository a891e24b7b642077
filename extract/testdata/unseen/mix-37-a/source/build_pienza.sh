#!/bin/sh
# pdflatex (TeX Live), Latin Modern T1 fonts
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
TMP=$(mktemp -d)
cp pienza.tex "$TMP/"
( cd "$TMP" && pdflatex -interaction=nonstopmode pienza.tex >/dev/null && pdflatex -interaction=nonstopmode pienza.tex >/dev/null )
cp "$TMP/pienza.pdf" "$OUT/deliberazione-pienza-latex.pdf"
rm -rf "$TMP"
