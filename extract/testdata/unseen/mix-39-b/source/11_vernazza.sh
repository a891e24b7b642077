#!/bin/sh
cd "$(dirname "$0")" && mkdir -p build && pdflatex -interaction=batchmode -output-directory=build 11_vernazza.tex >/dev/null && pdflatex -interaction=batchmode -output-directory=build 11_vernazza.tex >/dev/null && cp build/11_vernazza.pdf ../convocazione-vernazza-latex.pdf
