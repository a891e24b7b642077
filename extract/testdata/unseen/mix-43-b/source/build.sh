#!/bin/sh
# Rebuilds the 12 PDFs of mix-43-b into the folder above this one, then rewrites keys.json and checks it.
# Needs: wkhtmltopdf, LibreOffice (soffice), TeX Live (pdflatex, lualatex, latex, dvips), Ghostscript (ps2pdf),
# MuPDF tools (mutool), poppler-utils; Python 3 with python-docx, reportlab, cairocffi, cairosvg, rst2pdf.
set -e
cd "$(dirname "$0")"
for d in 01-gavardo 02-monsummano 03-addamartesana 04-riomaggiore 05-tuscania 06-picerno 07-roccamandolfi \
         08-regalbuto 09-spotorno 10-arcidosso 11-nemi 12-calatafimi; do
  echo "== $d"; sh "$d/build.sh"
done
python3 keys.py
