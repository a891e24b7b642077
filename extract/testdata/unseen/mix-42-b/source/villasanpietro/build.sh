#!/bin/sh
# python-pptx slide (A4 portrait) -> LibreOffice Impress PDF export
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make_pptx.py
soffice --headless --convert-to pdf --outdir "$T" avviso_raccolta_2026.pptx >/dev/null 2>&1
cp "$T/avviso_raccolta_2026.pdf" "$1/avviso-villasanpietro-impress.pdf"; rm -rf "$T"
rm -f avviso_raccolta_2026.pptx
