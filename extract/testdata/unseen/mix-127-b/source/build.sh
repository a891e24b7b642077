#!/bin/sh
# Rebuild the twelve PDFs of set mix-127-b from the sources in this folder.
# Needs python3 (reportlab, fpdf2, python-docx), LibreOffice, chromium,
# wkhtmltopdf, pdflatex (helvet, microtype, tikz, lastpage, needspace),
# groff, enscript and ghostscript. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$T" "$CH"' EXIT
cd "$SRC"

# --- Comune di Verzuolo ("Icaro") ---------------------------------------
python3 v1_verzuolo_pl.py "$OUT/ordinanza-verzuolo-icaro-polizialocale.pdf"

python3 v2_verzuolo_decreto.py "$T/decreto-verzuolo-icaro.docx"
python3 p2_palau_coc.py "$T/decreto-palau-delfi-coc.docx"
(cd "$T" && soffice --headless -env:UserInstallation=file:///tmp/lo-mix-127-b \
    --convert-to pdf --outdir "$OUT" decreto-verzuolo-icaro.docx decreto-palau-delfi-coc.docx >/dev/null)

chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
    --print-to-pdf="$OUT/ordinanza-verzuolo-icaro-sindaco.pdf" \
    "file://$SRC/ordinanza-verzuolo-icaro-sindaco.html" 2>/dev/null

cp ordinanza-verzuolo-icaro-areatecnica.tex "$T/"
(cd "$T" && for i in 1 2; do
    pdflatex -interaction=nonstopmode ordinanza-verzuolo-icaro-areatecnica.tex >/dev/null; done)
cp "$T/ordinanza-verzuolo-icaro-areatecnica.pdf" "$OUT/"

# --- Comune di Margherita di Savoia ("Tecsis") --------------------------
python3 m1_margherita_sindaco.py "$OUT/ordinanza-margheritadisavoia-tecsis-sindaco.pdf"
python3 m2_margherita_pl.py "$OUT/ordinanza-margheritadisavoia-tecsis-polizialocale.pdf"
wkhtmltopdf -q --page-size A4 -T 16mm -B 16mm -L 18mm -R 18mm --title "Decreto n. 4 del 20/03/2028" \
    decreto-margheritadisavoia-tecsis-nomina.html "$OUT/decreto-margheritadisavoia-tecsis-nomina.pdf" 2>/dev/null
python3 m4_margherita_esproprio.py "$OUT/decreto-margheritadisavoia-tecsis-esproprio.pdf"

# --- Comune di Palau ("Delfi") ------------------------------------------
python3 p1_palau_pl.py "$T/p1.txt"
enscript -q -X latin1 -f Courier10 -F Courier8 --margins=46:30:30:40 -M A4 \
    --header='COMUNE DI PALAU - Ordinanza Reg. Gen. N. 57 del 10/03/2028||Pag. $% di $=' \
    -t "Ordinanza 57/2028" -p "$T/p1.ps" "$T/p1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/p1.ps" "$OUT/ordinanza-palau-delfi-polizialocale.pdf"

groff -k -Tps -P-pa4 ordinanza-palau-delfi-sindaco.tr > "$T/p4.ps"
ps2pdf -sPAPERSIZE=a4 "$T/p4.ps" "$OUT/ordinanza-palau-delfi-sindaco.pdf"

python3 p3_palau_modulo.py "$OUT/ordinanza-palau-delfi-modulo.pdf"

# --- keys ---------------------------------------------------------------
python3 keys_make.py
