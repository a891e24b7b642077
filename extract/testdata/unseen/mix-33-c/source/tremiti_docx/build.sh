#!/bin/sh
# $1 = output PDF; writes ordinanza.docx next to it in a temp dir and converts it with LibreOffice
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 ordinanza.py "$T/ordinanza-6-2026.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/ordinanza-6-2026.docx" >/dev/null 2>&1
mv "$T/ordinanza-6-2026.pdf" "$1"; rm -rf "$T"
