#!/bin/sh
cd "$(dirname "$0")"
python3 04_badiapolesine.py
soffice --headless --convert-to pdf --outdir /tmp /tmp/04_badiapolesine.docx >/dev/null 2>&1
cp /tmp/04_badiapolesine.pdf ../determina-badiapolesine-word.pdf
