#!/bin/sh
pdflatex -interaction=batchmode avviso.tex >/dev/null; pdflatex -interaction=batchmode avviso.tex >/dev/null
cp avviso.pdf "$1"; rm -f avviso.aux avviso.log avviso.pdf
