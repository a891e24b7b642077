#!/bin/sh
# python-docx builds the template, docx-mailmerge fills it, LibreOffice converts it
cd "$(dirname "$0")"
python3 make_template.py modello_determina.docx
python3 merge.py modello_determina.docx determina_rg214.docx
soffice --headless --convert-to pdf determina_rg214.docx --outdir . >/dev/null 2>&1
cp determina_rg214.pdf "$1/determina-casamassima-docx-mailmerge.pdf"
rm -f determina_rg214.pdf determina_rg214.docx modello_determina.docx
