#!/bin/sh
# Rebuild the 12 PDFs and keys.json of this set into the parent directory.
# Needs: python3 with reportlab, fpdf2, python-docx, openpyxl, Pillow; LibreOffice (soffice); chromium;
# enscript + ghostscript (ps2pdf); pdflatex with lmodern, babel-italian, fancyhdr, geometry; poppler-utils for the check.
set -e
cd "$(dirname "$0")"
for b in b01_laces b02_saintchristophe b03_parcocinqueterre b04_brienza b05_provinciacampobasso b06_pulfero \
         b07_caccamo b08_toscananord b09_edolo b10_altavaltellina b11_formello b12_aspmessina; do
  echo "== $b"; python3 "$b.py" >/dev/null
done
python3 assemble_keys.py
python3 check_keys.py
