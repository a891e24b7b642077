#!/bin/sh
cd "$(dirname "$0")"
python3 make_docx.py
soffice --headless --convert-to pdf --outdir . delibera-cc-14-2026.docx >/dev/null 2>&1
mv delibera-cc-14-2026.pdf ../../delibera-monsummanoterme-jodconverter.pdf
rm -f delibera-cc-14-2026.docx
