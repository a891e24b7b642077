#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/.
# Needs: python3 with reportlab, fpdf2, python-docx, openpyxl, pikepdf;
# LibreOffice (soffice), chromium, wkhtmltopdf, php-cli + php-tcpdf, pdflatex
# (texlive with beamer, lmodern, fancyhdr, lastpage, enumitem).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); B="$O/build"
mkdir -p "$B"; cd "$B"
python3 "$S/d01_ficarra_reportlab.py" "$O/delibera-giunta-ficarra-reportlab.pdf"
python3 "$S/d02_castellana_abbyy.py" "$B/d02.docx"
soffice --headless --convert-to pdf --outdir "$B" "$B/d02.docx" >/dev/null
python3 "$S/stamp_abbyy.py" "$B/d02.pdf" "$O/delibera-consiglio-castellanagrotte-abbyy.pdf"
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/delibera-giunta-altavallemetauro-4d.pdf" "$S/d03_altavallemetauro_4d.html" 2>/dev/null
wkhtmltopdf -q --enable-local-file-access -s A4 -T 16mm -B 16mm -L 18mm -R 18mm \
  --title "Determinazione RG 211/2026" "$S/d04/body.html" "$O/determina-santamargheritadibelice-twig.pdf" 2>/dev/null || true
python3 "$S/d05_montefortino_andreani.py" "$O/determina-montefortino-andreani.pdf"
pdflatex -interaction=nonstopmode -output-directory "$B" "$S/d06/zollino.tex" >/dev/null
pdflatex -interaction=nonstopmode -output-directory "$B" "$S/d06/zollino.tex" >/dev/null
cp "$B/zollino.pdf" "$O/determina-zollino-lyx.pdf"
php "$S/d07/ordinanza.php" "$B/d07a.pdf" main
php "$S/d07/ordinanza.php" "$B/d07b.pdf" annex
python3 "$S/d07/merge.py" "$O/ordinanza-farasanmartino-pdfsam.pdf" "$B/d07a.pdf" "$B/d07b.pdf"
python3 "$S/d08_gratteri_quarkxpress.py" "$O/avviso-gratteri-quarkxpress.pdf"
python3 "$S/d09_patu_excel.py" "$B/d09.xlsx"
soffice --headless --convert-to pdf --outdir "$B" "$B/d09.xlsx" >/dev/null
cp "$B/d09.pdf" "$O/certificato-patu-excel.pdf"
python3 "$S/d10_isolagransasso_strvision.py" "$O/allegato-isoladelgransasso-strvision.pdf"
pdflatex -interaction=nonstopmode -output-directory "$B" "$S/d11/ofena.tex" >/dev/null
pdflatex -interaction=nonstopmode -output-directory "$B" "$S/d11/ofena.tex" >/dev/null
cp "$B/ofena.pdf" "$O/convocazione-ofena-beamer.pdf"
python3 "$S/d12/npp_print.py" "$S/d12/avviso_cie_apertura_straordinaria.txt" "$O/avviso-apecchio-notepadpp.pdf"
echo built
