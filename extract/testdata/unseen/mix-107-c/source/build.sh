#!/bin/sh
# Rebuilds the 12 PDFs of set mix-107-c into the set folder (the parent of this
# folder), and the intermediate HTML, .docx, text and troff files into
# source/generated/. No test runs it.
# Needs: python3 (reportlab, pikepdf, fpdf2, python-docx, Pillow), chromium,
# wkhtmltopdf, LibreOffice (soffice), enscript, a2ps, groff-base, ghostscript.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$HERE")
TMP=$(mktemp -d)
UD=$(mktemp -d)
LO=$(mktemp -d)
trap 'rm -rf "$TMP" "$UD" "$LO"' EXIT

# --- Comune di Morrovalle (Marche), "Halley" house style
python3 "$HERE/morrovalle_rl.py" "$TMP"       # giunta-78, consiglio-24 (ReportLab)
python3 "$HERE/morrovalle_pike.py" "$TMP"     # giunta-81 (hand-written streams, pikepdf)
python3 "$HERE/morrovalle_cert.py" "$TMP"     # certificato (fpdf2, form over underscores)

# --- Comune di Bitetto (Puglia), "Civilia" house style
python3 "$HERE/bitetto_html.py" "$TMP"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$UD" --no-pdf-header-footer \
  --print-to-pdf="$TMP/giunta-96-bitetto-civilia.pdf" "file://$TMP/giunta-96-bitetto-civilia.html" 2>/dev/null
# Debian's wkhtmltopdf (unpatched Qt) ignores --header-*/--footer-*: none are given
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 15mm -R 15mm --zoom 1.25 \
  "$TMP/giunta-99-bitetto-civilia.html" "$TMP/giunta-99-bitetto-civilia.pdf" 2>/dev/null || true
python3 "$HERE/bitetto_docx.py" "$TMP"
soffice --headless -env:UserInstallation="file://$LO" --convert-to pdf --outdir "$TMP" \
  "$TMP/consiglio-31-bitetto-civilia.docx" "$TMP/convocazione-consiglio-bitetto-civilia.docx" >/dev/null

# --- Comune di Torviscosa (Friuli-Venezia Giulia), "Insiel" 80-column house style
python3 "$HERE/torviscosa.py" "$TMP"          # also writes giunta-55 (ReportLab, glyph grid)
enscript -q -B -f Courier10 --margins=56:40:30:30 -o "$TMP/g52.ps" "$TMP/giunta-52-torviscosa-insiel.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/g52.ps" "$TMP/giunta-52-torviscosa-insiel.pdf"
groff -Tps -P-pa4 "$TMP/consiglio-18-torviscosa-insiel.tr" > "$TMP/c18.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/c18.ps" "$TMP/consiglio-18-torviscosa-insiel.pdf"
a2ps -q -1 -R -B --borders=no -l 80 --left-footer= --footer= --right-footer= -X latin1 \
  -o "$TMP/cert.ps" "$TMP/certificato-torviscosa-insiel.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/cert.ps" "$TMP/certificato-torviscosa-insiel.pdf"

for f in giunta-78-morrovalle-halley giunta-81-morrovalle-halley consiglio-24-morrovalle-halley \
         certificato-morrovalle-halley giunta-96-bitetto-civilia giunta-99-bitetto-civilia \
         consiglio-31-bitetto-civilia convocazione-consiglio-bitetto-civilia \
         giunta-52-torviscosa-insiel giunta-55-torviscosa-insiel consiglio-18-torviscosa-insiel \
         certificato-torviscosa-insiel; do
  cp "$TMP/$f.pdf" "$SET/$f.pdf"
done
mkdir -p "$HERE/generated"
cp "$TMP"/*.html "$TMP"/*.docx "$TMP"/*.txt "$TMP"/*.tr "$TMP"/stemma-bitetto.png "$HERE/generated/"
ls -l "$SET"/*.pdf
