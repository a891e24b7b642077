#!/bin/sh
# Rebuilds the 12 PDFs of set mix-39-b into the parent folder, then keys.json, then checks the keys.
# Needs: wkhtmltopdf, chromium, libreoffice (soffice), php-cli + php-tcpdf, texlive (pdflatex), ghostscript,
# Java 17 with OpenPDF 1.3.43 in ~/.m2, Python 3 with reportlab, fpdf2, odfpy, python-docx, openpyxl; poppler-utils.
set -e
cd "$(dirname "$0")"
mkdir -p build
sh 01_capalbio.sh
python3 02_santacroce.py
python3 03_miglionico.py
sh 04_sermoneta.sh
php 05_collinemetallifere.php "$(cd .. && pwd)/determina-collinemetallifere-html2pdf.pdf"
python3 06_bogliasco.py
python3 07_ventotene.py
sh 08_gravedona.sh
python3 09_guardiaregia.py
python3 10_trecchina.py
sh 11_vernazza.sh
python3 12_pontedilegno.py
python3 make_keys.py
python3 check_keys.py
rm -rf build   # intermediates (odt, docx, rtf, ps, xlsx, class files, LaTeX aux) are not kept
