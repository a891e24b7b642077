#!/bin/sh
cd "$(dirname "$0")" && python3 make.py && wkhtmltopdf -q --enable-local-file-access -s A4 -T 14mm -B 14mm -L 14mm -R 14mm --title "Deliberazione di Consiglio Comunale n. 12 del 24/03/2026" deliberazione.html "$1"
