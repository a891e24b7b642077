#!/bin/sh
# python-docx writes the .docx (Carbone-like template render); LibreOffice Writer converts it to PDF
cd "$(dirname "$0")"
T=$(mktemp -d)
python3 make_docx.py "$T/deliberazione-grottaferrata-carbone.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/deliberazione-grottaferrata-carbone.docx" >/dev/null 2>&1
cp "$T/deliberazione-grottaferrata-carbone.pdf" "${OUT:-../..}/"; rm -rf "$T"
