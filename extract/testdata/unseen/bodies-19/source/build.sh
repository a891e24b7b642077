#!/bin/sh
# Rebuilds the 12 PDFs of bodies-19 into the parent directory (kept as a record).
# Needs: python3 with reportlab, fpdf2, python-docx, odfpy; LibreOffice Writer (soffice);
# chromium; wkhtmltopdf; php-cli + php-tcpdf (Debian path /usr/share/php/tcpdf).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# 1. Unione dei Comuni Marmilla – .odt (odfpy) -> LibreOffice Writer
python3 01_delibera_marmilla.py "$TMP/delibera-marmilla-zuddas.odt"
# 2. CISSACA – ReportLab
python3 02_delibera_cissaca.py "$OUT/delibera-cissaca-jiride.pdf"
# 3. ASP Crotone – HTML -> headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/delibera-aspcrotone-dedagroup.pdf" "$SRC/03_delibera_aspcrotone.html"
# 4. Provincia di Benevento – fpdf2
python3 04_determina_benevento.py "$OUT/determina-benevento-siscom.pdf"
# 5. Ente Parco Nazionale dei Monti Sibillini – .docx (python-docx) -> LibreOffice Writer
python3 05_determina_sibillini.py "$TMP/determina-sibillini-civilia.docx"
# 6. Comunità Montana di Valle Trompia – HTML -> wkhtmltopdf (unpatched Qt: no header/footer html)
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm --disable-smart-shrinking \
  --title "Determinazione n. 143 del 18/03/2026" \
  "$SRC/06_valletrompia/body.html" "$OUT/determina-valletrompia-datagraph.pdf"
# 7. Libero Consorzio Comunale di Trapani – TCPDF
php 07_decreto_trapani.php "$OUT/decreto-trapani-apkappa.pdf"
# 8. Città Metropolitana di Bari – HTML (@page margin boxes) -> headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/bando-cmbari-maggioli.pdf" "$SRC/08_bando_cmbari.html"
# 9. Consorzio di Bonifica Acque Risorgive – ReportLab canvas
python3 09_certificato_acquerisorgive.py "$OUT/certificato-acquerisorgive-kibernetes.pdf"
# 10. ASP Firenze Montedomini – .odt (odfpy, landscape) -> LibreOffice Writer
python3 10_allegato_montedomini.py "$TMP/allegato-montedomini-excel.odt"
# 11. Ambito Territoriale Sociale XIX – fpdf2
python3 11_convocazione_atsfermo.py "$OUT/convocazione-atsfermo-saga.pdf"
# 12. Unione Montana dei Comuni del Mugello – .docx (python-docx) -> LibreOffice Writer
python3 12_avviso_mugello.py "$TMP/avviso-mugello-msword.docx"

soffice --headless --convert-to pdf --outdir "$OUT" \
  "$TMP/delibera-marmilla-zuddas.odt" "$TMP/determina-sibillini-civilia.docx" \
  "$TMP/allegato-montedomini-excel.odt" "$TMP/avviso-mugello-msword.docx"

ls -l "$OUT"/*.pdf
