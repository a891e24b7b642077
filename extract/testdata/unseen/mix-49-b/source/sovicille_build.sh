#!/bin/sh
set -e
T=$(mktemp -d)
cp sovicille.tex $T/
(cd $T && pdflatex -interaction=batchmode sovicille.tex >/dev/null && pdflatex -interaction=batchmode sovicille.tex >/dev/null)
cp $T/sovicille.pdf "$1"; rm -rf $T
