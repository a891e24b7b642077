#!/bin/sh
# wkhtmltopdf (unpatched Qt: no header/footer switches) print of the web-app minute
cd "$(dirname "$0")"
wkhtmltopdf --quiet -s A4 -T 18mm -B 18mm -L 18mm -R 18mm \
  --title "Deliberazione G.C. n. 38/2026" \
  delibera.html ../../deliberazione-barge-wkhtmltopdf.pdf
