#!/bin/sh
cd "$(dirname "$0")"
d=$(mktemp -d); cp 03_grottaminarda.tex "$d/"; (cd "$d" && pdflatex -interaction=batchmode 03_grottaminarda.tex >/dev/null; pdflatex -interaction=batchmode 03_grottaminarda.tex >/dev/null)
cp "$d/03_grottaminarda.pdf" ../deliberazione-grottaminarda-halley.pdf
