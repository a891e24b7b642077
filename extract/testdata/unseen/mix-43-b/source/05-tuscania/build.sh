#!/bin/sh
cd "$(dirname "$0")"
pdflatex -interaction=batchmode determina.tex >/dev/null; pdflatex -interaction=batchmode determina.tex >/dev/null
cp determina.pdf ../../determina-tuscania-pdflatex.pdf; rm -f determina.aux determina.log determina.out determina.pdf
