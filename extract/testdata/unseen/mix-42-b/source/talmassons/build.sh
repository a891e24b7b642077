#!/bin/sh
# Word template (python-docx) filled by docxtpl; LibreOffice Writer exports PDF
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make_docx.py
soffice --headless --convert-to pdf --outdir "$T" convocazione_cc_12_03_2026.docx >/dev/null 2>&1
cp "$T/convocazione_cc_12_03_2026.pdf" "$1/convocazione-talmassons-docxtpl.pdf"; rm -rf "$T"
rm -f modello_convocazione.docx convocazione_cc_12_03_2026.docx
