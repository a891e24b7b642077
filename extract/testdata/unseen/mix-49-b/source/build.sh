#!/bin/sh
# Rebuilds the 12 PDFs of mix-49-b into the parent folder and rewrites keys.json.
# Needs: python3 (reportlab, python-docx, odfpy, openpyxl, fpdf2, pikepdf), LibreOffice (soffice),
# Ghostscript, php + php-tcpdf, wkhtmltopdf, chromium, pdflatex (texlive), Java 17 with iText 7.2.5
# in ~/.m2, poppler-utils (for the key check).
set -e
cd "$(dirname "$0")"
O=$(cd .. && pwd)
python3 gussago_reportlab.py            "$O/deliberazione-gussago-reportlab.pdf"
sh ssmagra_build.sh                     "$O/deliberazione-santostefanodimagra-win2pdf.pdf"
sh tappino_build.sh                     "$O/deliberazione-unionetappino-jodreports.pdf"
sh cerreto_build.sh                     "$O/determinazione-cerretoguidi-freepdf.pdf"
php genzano_tcpdf.php                   "$O/determinazione-genzanodilucania-ezpdf.pdf"
sh fiumicino_build.sh                   "$O/determinazione-fiumicino-snappy.pdf"
python3 capaci_fpdf.py                  "$O/ordinanza-capaci-verbatel.pdf"
sh sovicille_build.sh                   "$O/bando-sovicille-pdflatex.pdf"
sh montalto/build.sh                    "$O/attestazione-montaltodicastro-componentone.pdf"
sh stradella_build.sh                   "$O/allegato-stradella-excel.pdf"
sh bonassola_build.sh                   "$O/convocazione-bonassola-quarkxpress.pdf"
python3 castiglione_fpdf.py             "$O/avviso-castiglionedisicilia-affinity.pdf"
python3 keys.py
