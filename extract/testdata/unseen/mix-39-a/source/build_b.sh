#!/bin/sh
# builds deliberazione-castelnovonemonti-tex.pdf with pdflatex (TeX Live, Latin Modern T1)
cd "$(dirname "$0")"
pdflatex -interaction=nonstopmode b_castelnovo.tex >/dev/null
pdflatex -interaction=nonstopmode b_castelnovo.tex >/dev/null
cp b_castelnovo.pdf ../deliberazione-castelnovonemonti-tex.pdf
rm -f b_castelnovo.aux b_castelnovo.log b_castelnovo.pdf
