#!/bin/sh
# Rebuilds the 12 PDFs of set mix-56-b into the parent directory (OUTDIR).
# Needs: python3 + reportlab + openpyxl, php-cli + php-tcpdf, chromium, wkhtmltopdf, libreoffice (writer, calc).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T="$O/tmp"; mkdir -p "$T"
LO="soffice -env:UserInstallation=file://$T/lo --headless --convert-to pdf --outdir $O"
CH="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
python3 "$S/delibera_legnaro.py"        "$O/delibera-legnaro-reportlab.pdf"
php     "$S/delibera_baschi.php"        "$O/delibera-baschi-ranocchi.pdf"
$CH --print-to-pdf="$O/delibera-ricadi-chromium.pdf" "$S/delibera_ricadi.html"
python3 "$S/determina_pescantina.py"    "$T/determina-pescantina-libreoffice-docx.docx"
$LO "$T/determina-pescantina-libreoffice-docx.docx"
python3 "$S/determina_forenza.py"       "$O/determina-forenza-sixtema.pdf"
python3 "$S/determina_amendolara.py"    "$O/determina-amendolara-infomaker.pdf"
$CH --print-to-pdf="$O/ordinanza-eraclea-wagtail.pdf" "$S/ordinanza_eraclea.html"
wkhtmltopdf --quiet -s A4 -T 16mm -B 18mm -L 16mm -R 16mm "$S/avviso_preci.html" "$O/avviso-preci-hugo.pdf"
php     "$S/attestazione_seminara.php"  "$O/attestazione-seminara-tcpdf.pdf"
python3 "$S/allegato_craco.py"          "$T/allegato-craco-msexcel.xlsx"
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 $LO "$T/allegato-craco-msexcel.xlsx"
$CH --print-to-pdf="$O/convocazione-montefranco-horde.pdf" "$S/convocazione_montefranco.html"
python3 "$S/avviso_silea.py"            "$O/avviso-silea-keynote.pdf"
rm -rf "$T"
