#!/bin/sh
# wkhtmltopdf 0.12.6 (Qt 4.8.7-like output): web "atti" application print
cd "$(dirname "$0")"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 18mm -L 18mm -R 18mm --zoom 1.25 --enable-local-file-access \
  --title "Deliberazione G.C. n. 41/2026" \
  delibera.html "$1/delibera-castellalto-wkhtmltopdf.pdf"
