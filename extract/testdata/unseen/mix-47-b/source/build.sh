#!/bin/sh
# Rebuilds the 12 PDFs of mix-47-b into the parent folder of this script.
# Needs: python3 with reportlab, fpdf2, python-docx, openpyxl; php-cli + php-tcpdf (Debian);
# wkhtmltopdf; chromium; LibreOffice (soffice); enscript + ghostscript (ps2pdf); pdflatex with lmodern.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# 1. Nimis, Giunta deliberation – ReportLab platypus
python3 nimis_reportlab.py "$OUT/deliberazione-nimis-reportlab.pdf"

# 2. Urbisaglia, Consiglio deliberation – python-docx (Spire.Doc-like .docx) -> LibreOffice
python3 urbisaglia_docx.py "$TMP/deliberazione-urbisaglia-spire.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/deliberazione-urbisaglia-spire.docx" >/dev/null
cp "$TMP/deliberazione-urbisaglia-spire.pdf" "$OUT/"

# 3. Unione dei Comuni del Logudoro, Giunta deliberation – HTML -> wkhtmltopdf
python3 logudoro_html.py "$TMP"
wkhtmltopdf -q -s A4 -T 15mm -B 18mm -L 18mm -R 18mm --title "Delibera GU 14/2026" \
  "$TMP/logudoro.html" "$OUT/deliberazione-unione-logudoro-phantomjs.pdf" 2>/dev/null || true

# 4. Pollina, determinazione – HTML -> LibreOffice Writer/Web
python3 pollina_html.py "$TMP/determinazione-pollina-sispi.html"
soffice --headless --convert-to 'pdf:writer_web_pdf_Export' --outdir "$TMP" "$TMP/determinazione-pollina-sispi.html" >/dev/null
cp "$TMP/determinazione-pollina-sispi.pdf" "$OUT/"

# 5. Civitella del Tronto, determinazione – 80-column Latin-1 spool -> enscript -> ps2pdf
python3 civitella_spool.py "$TMP/civ.txt"
enscript -q -B -f Courier10 -X latin1 --margins=45:30:40:40 -t "DT0412" -o "$TMP/civ.ps" "$TMP/civ.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/civ.ps" "$OUT/determinazione-civitella-del-tronto-rmcobol.pdf"

# 6. Minervino Murge, determinazione – fpdf2
python3 minervino_fpdf.py "$OUT/determinazione-minervino-murge-harbour.pdf"

# 7. Comunanza, ordinanza – PHP TCPDF (PHPWord-like template)
python3 -c "import json; from data import COMUNANZA; json.dump(COMUNANZA, open('comunanza.json','w'), ensure_ascii=False)"
php comunanza_tcpdf.php "$OUT/ordinanza-comunanza-phpword.pdf"

# 8. Ferla, avviso pubblico n. 3 – HTML -> headless Chromium (IronPDF-like)
python3 ferla_html.py "$TMP/ferla.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-ferla-ironpdf.pdf" "$TMP/ferla.html" 2>/dev/null

# 9. Berchidda, certificate of publication – ReportLab canvas (JReport-like form)
python3 berchidda_cert.py "$OUT/attestazione-berchidda-jreport.pdf"

# 10. Spinazzola, annex – openpyxl .xlsx -> LibreOffice Calc (Excel-like sheet)
python3 spinazzola_xlsx.py "$TMP/Allegato_A_Det_198_2026.xlsx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/Allegato_A_Det_198_2026.xlsx" >/dev/null
cp "$TMP/Allegato_A_Det_198_2026.pdf" "$OUT/allegato-spinazzola-excel.pdf"

# 11. Trinitapoli, convocation of the Consiglio – ReportLab canvas (QuarkXPress-like manifesto)
python3 trinitapoli_poster.py "$OUT/convocazione-trinitapoli-quarkxpress.pdf"

# 12. Forgaria nel Friuli, avviso – pdfLaTeX
cp forgaria.tex "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode forgaria.tex >/dev/null && pdflatex -interaction=nonstopmode forgaria.tex >/dev/null)
cp "$TMP/forgaria.pdf" "$OUT/avviso-forgaria-nel-friuli-pdflatex.pdf"

# keys
python3 make_keys.py "$OUT/keys.json"
