#!/bin/sh
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make.py "$T/avviso-parcoconero-word.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/avviso-parcoconero-word.docx" >/dev/null 2>&1
cp "$T/avviso-parcoconero-word.pdf" "$1/"
