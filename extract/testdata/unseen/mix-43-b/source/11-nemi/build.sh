#!/bin/sh
cd "$(dirname "$0")"
latex -interaction=batchmode convocazione.tex >/dev/null
dvips -q -t a4 -o convocazione.ps convocazione.dvi
ps2pdf -sPAPERSIZE=a4 convocazione.ps ../../convocazione-nemi-dvips.pdf
rm -f convocazione.aux convocazione.log convocazione.dvi convocazione.ps
