#!/bin/sh
# Rebuilds the 12 PDFs of set mix-137-b and keys.json. No test runs it.
set -e
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$HERE")
cd "$HERE"
./build_sb.sh                       # Sala Baganza: Chromium, wkhtmltopdf
python3 aq_reportlab.py "$OUT"      # Acquedolci 01, 02: ReportLab
python3 aq_fpdf.py "$OUT"           # Acquedolci 04, 05: fpdf2
./build_lf.sh                       # Livorno Ferraris: enscript, groff, a2ps (+ ps2pdf)
python3 keys_make.py
