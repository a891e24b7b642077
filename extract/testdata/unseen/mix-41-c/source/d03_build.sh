#!/bin/sh
# $1 = output pdf
d=$(mktemp -d); cp d03_gerrei.tex $d/; (cd $d && pdflatex -interaction=nonstopmode d03_gerrei.tex >/dev/null && pdflatex -interaction=nonstopmode d03_gerrei.tex >/dev/null); cp $d/d03_gerrei.pdf "$1"; rm -rf $d
