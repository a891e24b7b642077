#!/bin/sh
# Rebuilds the 12 PDFs of set mix-53-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice (soffice), chromium,
# wkhtmltopdf, php-cli + php-dompdf, ghostscript (ps2pdf), fonts-liberation, fonts-crosextra-carlito/caladea,
# fonts-dejavu, fonts-linuxlibertine.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); W="$O/scratch"; mkdir -p "$W"
cd "$O"
python3 "$S/d01_orzinuovi.py" deliberazione-orzinuovi-euris.pdf
python3 "$S/d02_fiesole.py" "$W/deliberazione-fiesole-progel.docx"
(cd "$W" && soffice --headless --convert-to pdf deliberazione-fiesole-progel.docx >/dev/null && mv deliberazione-fiesole-progel.pdf "$O/")
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=deliberazione-leonessa-laziocrea.pdf "$S/d03_leonessa.html"
python3 "$S/d04_garlasco.py" determinazione-garlasco-aria.pdf
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 16mm -R 16mm --title "Determinazione dirigenziale 96/2026" "$S/d05_valtiberina.html" determinazione-valtiberina-apaci.pdf
python3 "$S/d06_miglianico.py" "$W/determinazione-miglianico-arit.rtf"
(cd "$W" && soffice --headless --convert-to pdf determinazione-miglianico-arit.rtf >/dev/null && mv determinazione-miglianico-arit.pdf "$O/")
python3 "$S/d07_amatrice.py" ordinanza-amatrice-lait.pdf
python3 "$S/d08_cuggiono.py" avviso-cuggiono-sistematica.pdf
cp "$S/d09_gaiole.fodt" "$W/attestazione-gaiole-terrecablate.fodt"
(cd "$W" && soffice --headless --convert-to pdf attestazione-gaiole-terrecablate.fodt >/dev/null && mv attestazione-gaiole-terrecablate.pdf "$O/")
python3 "$S/d10_asola.py" "$W/Allegato_A_tariffe_cimiteriali_2026.xlsx"
(cd "$W" && soffice --headless --convert-to pdf Allegato_A_tariffe_cimiteriali_2026.xlsx >/dev/null && mv Allegato_A_tariffe_cimiteriali_2026.pdf "$O/allegato-asola-excel.pdf")
php "$S/d11_barisciano.php" convocazione-barisciano-masterweb.pdf "$W/dompdf-cache"
python3 "$S/d12_scansano.py" "$W/avviso-scansano.ps"
ps2pdf -dPDFSETTINGS=/prepress -sPAPERSIZE=a4 "$W/avviso-scansano.ps" avviso-scansano-quarkxpress.pdf
