#!/bin/sh
# python-docx sources converted by LibreOffice (as an office would "print" a Word template to PDF)
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
TMP=$(mktemp -d)
python3 aurunci.py "$TMP/decreto-aurunci-word.docx"
python3 egam.py "$TMP/convocazione-egam-word.docx"
python3 pantelleria.py "$TMP/determinazione-pantelleria-typewriter.docx"
for f in "$TMP"/*.docx; do soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$f" >/dev/null 2>&1; done
rm -rf "$TMP"
