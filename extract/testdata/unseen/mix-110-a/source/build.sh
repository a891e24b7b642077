#!/bin/sh
# Rebuild the 12 PDFs of mix-110-a into the set folder (the parent of source/),
# then write keys.json (source/keys_make.py checks every keyed string against
# pdftotext -layout). No test runs this script.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Lioni (Campania), Halley-like house style ---------------------
python3 "$SRC/lioni_delibera_reportlab.py" "$OUT/deliberazione-lioni-halley.pdf"

enscript -q -M A4 -X latin1 -f Courier10 -F Courier-Bold9 --margins=60:40:30:40 \
  -b 'Comune di Lioni - Determinazione Reg. Gen. n. 512 del 14/10/2026||Pag. $% di $=' \
  -t "Determinazione 512/2026" -o "$TMP/det-lioni.ps" "$SRC/lioni_determina_enscript.txt.in"
ps2pdf -sPAPERSIZE=a4 "$TMP/det-lioni.ps" "$OUT/determinazione-lioni-halley.pdf"

python3 "$SRC/lioni_ordinanza_docx.py" "$TMP/ordinanza-lioni-halley.docx"
soffice --headless -env:UserInstallation="file://$TMP/lo-profile" --convert-to pdf \
  --outdir "$TMP" "$TMP/ordinanza-lioni-halley.docx" >/dev/null 2>&1
cp "$TMP/ordinanza-lioni-halley.pdf" "$OUT/ordinanza-lioni-halley.pdf"

python3 "$SRC/lioni_attestazione_fpdf.py" "$OUT/attestazione-lioni-halley.pdf"

# --- Comune di Mirano (Veneto), Civilia-like house style -----------------------
UD=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$UD" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-mirano-civilia.pdf" \
  "file://$SRC/mirano_delibera_consiglio.html" >/dev/null 2>&1
rm -rf "$UD"

cp "$SRC/mirano_determina.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode mirano_determina.tex >/dev/null \
           && pdflatex -interaction=nonstopmode mirano_determina.tex >/dev/null)
cp "$TMP/mirano_determina.pdf" "$OUT/determinazione-mirano-civilia.pdf"

wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 18mm \
  --title "Decreto del Sindaco n. 19 del 13/10/2026" \
  "$SRC/mirano_decreto.html" "$OUT/decreto-mirano-civilia.pdf" 2>/dev/null

python3 "$SRC/mirano_avviso_reportlab.py" "$OUT/avviso-mirano-civilia.pdf"

# --- Comune di Quart (Valle d'Aosta), bilingual INVA-like house style --------
python3 "$SRC/quart_delibera_pikepdf.py" "$OUT/deliberazione-quart-inva.pdf"

groff -k -Tps -dpaper=a4 -P-pa4 "$SRC/quart_determina.tr" > "$TMP/det-quart.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/det-quart.ps" "$OUT/determinazione-quart-inva.pdf"

python3 "$SRC/quart_convocazione_fpdf.py" "$OUT/convocazione-quart-inva.pdf"

iconv -f utf-8 -t latin1 "$SRC/quart_relata_a2ps.txt.in" > "$TMP/relata.txt"
a2ps -q -1 --portrait -B --borders=no -M A4 -X latin1 --chars-per-line=80 \
  -o "$TMP/relata.ps" "$TMP/relata.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/relata.ps" "$OUT/relata-quart-inva.pdf"

# --- keys --------------------------------------------------------------------
python3 "$SRC/keys_make.py"
