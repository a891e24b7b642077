#!/bin/sh
# Rebuilds the 12 PDFs of mix-58-b into the directory given as $1 (default: the parent of this script).
# Needs: python3 with reportlab, fpdf2, python-docx, openpyxl; LibreOffice (soffice); wkhtmltopdf; chromium.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(dirname "$SRC")}
TMP=$OUT/work; mkdir -p "$TMP/lo" "$TMP/chr"
# ReportLab: Castel Maggiore (Giunta), Uta (certificate)
python3 "$SRC/rl_docs.py" "$OUT"
# fpdf2: Posada (determinazione), Forlimpopoli (avviso n. 3/2026)
python3 "$SRC/fpdf_docs.py" "$OUT"
# wkhtmltopdf (Qt WebKit): Unione Bassa Est Parmense (Giunta dell'Unione), Pollena Trocchia (convocazione)
wkhtmltopdf -q -s A4 -T 15 -B 18 -L 18 -R 18 "$SRC/html/unione-bassaest.html" "$OUT/deliberazione-unionebassaestparmense-softlab.pdf"
wkhtmltopdf -q -s A4 -T 14 -B 14 -L 20 -R 20 "$SRC/html/pollena-convocazione.html" "$OUT/convocazione-pollenatrocchia-kaleidos.pdf"
# Chromium headless (Skia): Pianezza (determinazione), Cardedu (pubblicazione di matrimonio)
CH="chromium --headless --no-sandbox --disable-gpu --user-data-dir=$TMP/chr --no-pdf-header-footer"
$CH --print-to-pdf="$OUT/determinazione-pianezza-italdata.pdf" "$SRC/html/pianezza-det.html"
$CH --print-to-pdf="$OUT/pubblicazione-cardedu-anusca.pdf" "$SRC/html/cardedu-pubblicazione.html"
# python-docx -> LibreOffice Writer: Cercola (Consiglio), Nocera Superiore (determinazione, DocuSign head)
python3 "$SRC/docx_docs.py" "$TMP/lo"
# openpyxl -> LibreOffice Calc: Alpignano (annex)
python3 "$SRC/xlsx_annex.py" "$TMP/lo"
# HTML -> LibreOffice Writer (HTML (StarWriter) filter): Cannobio (ordinanza)
cp "$SRC/html/cannobio-ordinanza.html" "$TMP/lo/ordinanza-cannobio-sodapdf.html"
cd "$TMP/lo"
soffice --headless -env:UserInstallation=file://$TMP/loprof --convert-to pdf deliberazione-cercola-advancedsystems.docx determinazione-nocerasuperiore-docusign.docx allegato-alpignano-numbers.xlsx
soffice --headless -env:UserInstallation=file://$TMP/loprof --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export ordinanza-cannobio-sodapdf.html
cp deliberazione-cercola-advancedsystems.pdf determinazione-nocerasuperiore-docusign.pdf allegato-alpignano-numbers.pdf ordinanza-cannobio-sodapdf.pdf "$OUT/"
