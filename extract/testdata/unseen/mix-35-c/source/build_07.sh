#!/bin/sh
# 07: pdfLaTeX (TeX Live, article class, mathptmx), two runs for the page total
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
cp "$S/07_pozzallo.tex" "$T/ord.tex"
(cd "$T" && pdflatex -interaction=batchmode ord.tex >/dev/null && pdflatex -interaction=batchmode ord.tex >/dev/null)
cp "$T/ord.pdf" "$O/ordinanza-pozzallo-latex.pdf"
rm -rf "$T"
