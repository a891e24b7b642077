#!/bin/sh
cd "$(dirname "$0")" && pdflatex -interaction=batchmode convocazione.tex >/dev/null && pdflatex -interaction=batchmode convocazione.tex >/dev/null && cp convocazione.pdf "$1" && rm -f convocazione.aux convocazione.log convocazione.nav convocazione.out convocazione.snm convocazione.toc convocazione.pdf
