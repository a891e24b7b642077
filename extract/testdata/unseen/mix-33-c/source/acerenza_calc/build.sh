#!/bin/sh
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make_fods.py "$T/tariffe_2026_allegatoA.fods"
soffice --headless --convert-to pdf:calc_pdf_Export --outdir "$T" "$T/tariffe_2026_allegatoA.fods" >/dev/null 2>&1
mv "$T/tariffe_2026_allegatoA.pdf" "$1"; rm -rf "$T"
