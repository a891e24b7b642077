#!/bin/sh
cd "$(dirname "$0")" && pdflatex -interaction=batchmode attestazione.tex >/dev/null && cp attestazione.pdf "$1" && rm -f attestazione.aux attestazione.log attestazione.out attestazione.pdf
