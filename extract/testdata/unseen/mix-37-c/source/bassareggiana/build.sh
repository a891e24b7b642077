#!/bin/sh
# pdfLaTeX (TeX Live), run twice for the last-page label
cd "$(dirname "$0")"
mkdir -p /tmp/ubr-build
for i in 1 2; do pdflatex -interaction=batchmode -output-directory=/tmp/ubr-build determina.tex >/dev/null; done
cp /tmp/ubr-build/determina.pdf ../../determinazione-bassareggiana-latex.pdf
