#!/bin/sh
# Rebuilds the 12 PDFs of set mix-35-c into the parent folder.
# Needs: python3 (python-docx, pikepdf, reportlab, typst wheel), LibreOffice,
# Ghostscript, Apache FOP 2.8, Java 17 + libitext5-java, PHP 8 + php-fpdf,
# pdfLaTeX (texlive-latex-base/recommended, lang-italian), wkhtmltopdf, GNU enscript.
set -e
D=$(cd "$(dirname "$0")" && pwd)
for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
  echo "build_$i"; sh "$D/build_$i.sh"
done
