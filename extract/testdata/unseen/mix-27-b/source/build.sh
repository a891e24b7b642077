#!/bin/sh
# Rebuilds the 12 PDFs of mix-27-b into the parent directory (OUTDIR). Kept as a record.
# Needs: python3 (reportlab, fpdf2, python-docx), php-cli + php-tcpdf, Java 17 + OpenPDF 1.3.43 jar (here),
# LibreOffice (soffice), wkhtmltopdf, chromium; fonts: Liberation, DejaVu, Carlito.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
W=$(mktemp -d)
cd "$S"
# 1 Guastalla - Giunta deliberation (flat ODT -> LibreOffice Writer)
python3 guastalla_lepida.py "$W/delibera-guastalla-lepida.fodt"
soffice --headless --convert-to pdf --outdir "$W" "$W/delibera-guastalla-lepida.fodt" >/dev/null
cp "$W/delibera-guastalla-lepida.pdf" "$O/"
# 2 Borgosesia - Consiglio deliberation (ReportLab platypus)
python3 borgosesia_sigaudo.py "$O/delibera-borgosesia-sigaudo.pdf"
# 3 Pont-Saint-Martin - Giunta deliberation (HTML -> Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/delibera-pontsaintmartin-publisys.pdf" "file://$S/pontsaintmartin_publisys.html"
# 4 Fiume Veneto - determinazione (OpenPDF, Java)
javac -cp fiumeveneto_folium/openpdf-1.3.43.jar -d "$W" fiumeveneto_folium/FiumeVenetoDetermina.java
java -cp fiumeveneto_folium/openpdf-1.3.43.jar:"$W" FiumeVenetoDetermina "$O/determina-fiumeveneto-folium.pdf"
# 5 Unione Terre di Castelli - determinazione dirigenziale (TCPDF, PHP)
php terredicastelli_cedaf.php "$O/determina-terredicastelli-cedaf.pdf"
# 6 Offida - determinazione (python-docx .docx -> LibreOffice)
python3 offida_wolterskluwer.py "$W/determina-offida-wolterskluwer.docx"
soffice --headless --convert-to pdf --outdir "$W" "$W/determina-offida-wolterskluwer.docx" >/dev/null
cp "$W/determina-offida-wolterskluwer.pdf" "$O/"
# 7 Silvi - ordinanza sindacale (wkhtmltopdf)
wkhtmltopdf -q --zoom 1.2 -s A4 -T 15 -B 15 -L 18 -R 18 --title "Ordinanza sindacale n. 19/2026" \
  silvi_progettiesoluzioni.html "$O/ordinanza-silvi-progettiesoluzioni.pdf" || true
# 8 Courmayeur - avviso pubblico n. 4/2026 (wkhtmltopdf)
wkhtmltopdf -q --zoom 1.2 -s A4 -T 14 -B 14 -L 18 -R 18 --title "Avviso pubblico n. 4/2026" \
  courmayeur_alfresco.html "$O/avviso-courmayeur-alfresco.pdf" || true
# 9 Bondeno - certificate of publication (fpdf2)
python3 bondeno_access.py "$O/attestazione-bondeno-access.pdf"
# 10 Gradisca d'Isonzo - annex (flat ODS -> LibreOffice Calc)
python3 gradisca_foglioexcel.py "$W/allegato-gradisca-foglioexcel.fods"
soffice --headless --convert-to pdf --outdir "$W" "$W/allegato-gradisca-foglioexcel.fods" >/dev/null
cp "$W/allegato-gradisca-foglioexcel.pdf" "$O/"
# 11 Notaresco - convocation (HTML -> Chromium, laid out as a Google Docs export)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$O/convocazione-notaresco-googledocs.pdf" "file://$S/notaresco_googledocs.html"
# 12 Castelraimondo - avviso alla cittadinanza (ReportLab canvas)
python3 castelraimondo_municipium.py "$O/avviso-castelraimondo-municipium.pdf"
rm -rf "$W"
python3 make_keys.py
