#!/bin/sh
# Rebuild the 12 PDFs of set mix-134-c from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice,
# chromium, wkhtmltopdf, groff, enscript, a2ps, ghostscript (ps2pdf),
# pdflatex (lmodern, microtype, enumitem, fancyhdr, tabularx), poppler-utils.
# No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LO="-env:UserInstallation=file:///tmp/lo-mix-134-c"

# --- Comune di Villa Estense (Veneto), house style "Civilia Next"
python3 "$SRC/v1_ordinanza_reportlab.py" "$OUT/ordinanza-villaestense-civilia.pdf"

python3 "$SRC/v2_decreto_docx.py" "$TMP/decreto-villaestense-civilia.docx"
soffice --headless "$LO" --convert-to pdf --outdir "$TMP" "$TMP/decreto-villaestense-civilia.docx" >/dev/null 2>&1
cp "$TMP/decreto-villaestense-civilia.pdf" "$OUT/"

python3 "$SRC/v3_ordinanza_streams.py" "$OUT/ordinanza-villaestense-civilia-viabilita.pdf"

UD=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$UD" --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-villaestense-civilia.pdf" "file://$SRC/v4_avviso_chromium.html" 2>/dev/null
rm -rf "$UD"

# --- Comune di Ussita (Marche, beside Umbria), house style "Halley"
enscript -q -M A4 -f Courier10 --margins=48:36:30:30 \
  --header='Comune di Ussita - Ordinanza n. 27/2028||Pag. $% di $=' \
  -p "$TMP/u1.ps" "$SRC/u1_ordinanza_ussita.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/u1.ps" "$OUT/ordinanza-ussita-halley.pdf"

cp "$SRC/u2_decreto_ussita.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode u2_decreto_ussita.tex >/dev/null \
           && pdflatex -interaction=nonstopmode u2_decreto_ussita.tex >/dev/null)
cp "$TMP/u2_decreto_ussita.pdf" "$OUT/decreto-ussita-halley.pdf"

groff -Kutf8 -Tps -P-pa4 "$SRC/u3_ordinanza_ussita.tr" > "$TMP/u3.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/u3.ps" "$OUT/ordinanza-ussita-halley-areatecnica.pdf"

a2ps -q -1 --portrait --medium=A4 -l 82 --borders=yes \
  --header='Comune di Ussita - Albo Pretorio on line' --center-title='Avviso pubblico n. 5/2028' \
  --left-title='20-10-2028' --right-title='Prot. 3602' --left-footer='Halley - Segreteria' \
  --footer='' --right-footer='Pagina $p./$p>' -o "$TMP/u4.ps" "$SRC/u4_avviso_ussita.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/u4.ps" "$OUT/avviso-ussita-halley.pdf"

# --- Comune di Abriola (Basilicata), house style "J-Serfin"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm \
  "$SRC/a1_ordinanza_wkhtml.html" "$OUT/ordinanza-abriola-jserfin.pdf" 2>/dev/null

python3 "$SRC/a2_decreto_reportlab.py" "$OUT/decreto-abriola-jserfin.pdf"

cp "$SRC/a3_avviso_abriola.fodt" "$TMP/avviso-abriola-jserfin.fodt"
soffice --headless "$LO" --convert-to pdf --outdir "$TMP" "$TMP/avviso-abriola-jserfin.fodt" >/dev/null 2>&1
cp "$TMP/avviso-abriola-jserfin.pdf" "$OUT/"

python3 "$SRC/a4_ordinanza_fpdf.py" "$OUT/ordinanza-abriola-jserfin-polizialocale.pdf"

# --- keys
python3 "$SRC/keys_make.py"
