#!/bin/sh
cd "$(dirname "$0")"
pdflatex -interaction=batchmode -output-directory=../work d07_lathuile.tex >/dev/null
cp ../work/d07_lathuile.pdf ../ordinanza-lathuile-latex.pdf
