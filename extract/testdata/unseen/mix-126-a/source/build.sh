#!/bin/sh
# Rebuilds the 12 PDFs of set mix-126-a from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice, chromium,
# wkhtmltopdf, groff-base, enscript, ghostscript (ps2pdf), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LOPROF="file://$TMP/lo-profile"

# --- Comune di Ossi (Halley house style) ---
python3 "$SRC/ossi_delibera.py" "$OUT/deliberazione-ossi-halley.pdf"
python3 "$SRC/ossi_determina.py" "$TMP/determinazione-ossi-halley.docx"
soffice --headless -env:UserInstallation="$LOPROF" --convert-to pdf --outdir "$TMP" \
    "$TMP/determinazione-ossi-halley.docx" >/dev/null
cp "$TMP/determinazione-ossi-halley.pdf" "$OUT/"
python3 "$SRC/ossi_ordinanza.py" "$OUT/ordinanza-ossi-halley.pdf"
groff -k -Tps "$SRC/ossi_certificato.tr" > "$TMP/cert.ps"
ps2pdf "$TMP/cert.ps" "$OUT/certificato-ossi-halley.pdf"

# --- Comune di Palata (Sicraweb house style) ---
mkdir -p "$TMP/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" --no-pdf-header-footer \
    --print-to-pdf="$OUT/deliberazione-palata-sicraweb.pdf" "$SRC/palata_delibera.html" 2>/dev/null
iconv -f utf-8 -t latin1 "$SRC/palata_determina.txt" > "$TMP/det.txt"
enscript -q -X latin1 -f Courier10 --margins=52:40:30:36 \
    --header='COMUNE DI PALATA - DETERMINAZIONE AREA ECONOMICO-FINANZIARIA N. 12/2028||Pag. $% di $=' \
    --header-font=Courier8 -t "Determinazione n. 12/2028" -p "$TMP/det.ps" "$TMP/det.txt"
ps2pdf "$TMP/det.ps" "$OUT/determinazione-palata-sicraweb.pdf"
cp "$SRC/palata_decreto.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode palata_decreto.tex >/dev/null)
cp "$TMP/palata_decreto.pdf" "$OUT/decreto-palata-sicraweb.pdf"
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 18mm -R 18mm \
    --title "Convocazione del Consiglio Comunale - seduta del 21/02/2028" \
    "$SRC/palata_convocazione.html" "$OUT/convocazione-palata-sicraweb.pdf" 2>/dev/null

# --- Comune di Donnas (PA Digitale house style) ---
python3 "$SRC/donnas_delibera.py" "$OUT/deliberazione-donnas-padigitale.pdf"
python3 "$SRC/donnas_determina.py" "$OUT/determinazione-donnas-padigitale.pdf" >/dev/null
cp "$SRC/donnas_avviso.fodt" "$TMP/avviso-donnas-padigitale.fodt"
soffice --headless -env:UserInstallation="$LOPROF" --convert-to pdf --outdir "$TMP" \
    "$TMP/avviso-donnas-padigitale.fodt" >/dev/null
cp "$TMP/avviso-donnas-padigitale.pdf" "$OUT/"
python3 "$SRC/donnas_certificato.py" "$OUT/certificato-donnas-padigitale.pdf"

python3 "$SRC/keys_make.py"
