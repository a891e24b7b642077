#!/bin/sh
# Rebuilds the 12 PDFs of set mix-122-a into the set folder, then keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, soffice,
# wkhtmltopdf, enscript, groff + ghostscript (ps2pdf), pdflatex, pdftotext.
# No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
LOPROFILE=$(mktemp -d)
CHPROFILE=$(mktemp -d)
trap 'rm -rf "$TMP" "$LOPROFILE" "$CHPROFILE"' EXIT

# ---- Comune di Arzana (Sardegna) - "Sipal" house style ---------------------
python3 "$SRC/arzana_delibera_rl.py"       "$OUT/deliberazione-arzana-sipal.pdf"
python3 "$SRC/arzana_determina_raw.py"     "$OUT/determinazione-arzana-sipal.pdf"
python3 "$SRC/arzana_ordinanza_docx.py"    "$TMP/ordinanza-arzana-sipal.docx"
soffice --headless -env:UserInstallation=file://$LOPROFILE --convert-to pdf \
    --outdir "$TMP" "$TMP/ordinanza-arzana-sipal.docx" >/dev/null 2>&1
cp "$TMP/ordinanza-arzana-sipal.pdf" "$OUT/"
python3 "$SRC/arzana_certificato_fpdf.py"  "$OUT/certificato-arzana-sipal.pdf"

# ---- Comune di Farigliano (Piemonte) - "Siscom" house style ---------------
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHPROFILE" \
    --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-farigliano-siscom.pdf" \
    "file://$SRC/farigliano_delibera.html" 2>/dev/null
iconv -f utf-8 -t latin1 "$SRC/farigliano_determina.txt" > "$TMP/det.txt"
enscript -q -X latin1 -f Courier10 -F Courier-Bold10 --margins=48:40:30:40 \
    -b 'Determinazione R.G. n. 236 del 12/10/2027||Pag. $% di $=' \
    --title="Determinazione n. 236/2027" -p "$TMP/det.ps" "$TMP/det.txt"
ps2pdf "$TMP/det.ps" "$OUT/determinazione-farigliano-siscom.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 18mm -L 20mm -R 20mm \
    --enable-local-file-access "$SRC/farigliano_convocazione.html" \
    "$OUT/convocazione-farigliano-siscom.pdf" 2>/dev/null
groff -k -Tps -P-pa4 "$SRC/farigliano_decreto.tr" > "$TMP/dec.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/dec.ps" "$OUT/decreto-farigliano-siscom.pdf"

# ---- Comune di Tornareccio (Abruzzo) - "Sicraweb" house style -------------
cp "$SRC/tornareccio_delibera.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode tornareccio_delibera.tex >/dev/null \
          && pdflatex -interaction=nonstopmode tornareccio_delibera.tex >/dev/null)
cp "$TMP/tornareccio_delibera.pdf" "$OUT/deliberazione-tornareccio-sicraweb.pdf"
python3 "$SRC/tornareccio_determina_rl.py"   "$OUT/determinazione-tornareccio-sicraweb.pdf"
cp "$SRC/tornareccio_avviso.fodt" "$TMP/avviso-tornareccio-sicraweb.fodt"
soffice --headless -env:UserInstallation=file://$LOPROFILE --convert-to pdf \
    --outdir "$TMP" "$TMP/avviso-tornareccio-sicraweb.fodt" >/dev/null 2>&1
cp "$TMP/avviso-tornareccio-sicraweb.pdf" "$OUT/"
python3 "$SRC/tornareccio_ordinanza_fpdf.py" "$OUT/ordinanza-tornareccio-sicraweb.pdf"

# ---- keys ------------------------------------------------------------------
python3 "$SRC/keys_make.py"
