#!/bin/sh
# Rebuilds the 12 PDFs of set mix-109-b into the set folder, then keys.json.
# Needs python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, soffice,
# wkhtmltopdf, groff, enscript, ghostscript (ps2pdf), pdflatex, pdftotext.
# No test runs this script.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
LO=$(mktemp -d)
CHR=$(mktemp -d)
trap 'rm -rf "$TMP" "$LO" "$CHR"' EXIT

# --- Comune di Casalecchio di Reno (J-Iride style) ---------------------------
python3 "$SRC/c1_casalecchio_reportlab.py" "$OUT/determinazione-casalecchiodireno-jiride.pdf"

python3 "$SRC/c2_casalecchio_docx.py" "$TMP/determinazione-casalecchiodireno-jiride-scuole.docx"
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$TMP" \
    "$TMP/determinazione-casalecchiodireno-jiride-scuole.docx" >/dev/null
cp "$TMP/determinazione-casalecchiodireno-jiride-scuole.pdf" "$OUT/"

chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" --no-pdf-header-footer \
    --print-to-pdf="$OUT/ordinanza-casalecchiodireno-jiride.pdf" \
    "file://$SRC/c3_casalecchio_ordinanza.html" 2>/dev/null

python3 "$SRC/c4_casalecchio_fpdf.py" "$OUT/determinazione-casalecchiodireno-jiride-rimborsi.pdf"

# --- Città di San Benedetto del Tronto (Halley style) ------------------------
groff -Kutf8 -Tps "$SRC/s1_sanbenedetto_det.tr" > "$TMP/s1.ps"
ps2pdf "$TMP/s1.ps" "$OUT/determinazione-sanbenedettodeltronto-halley.pdf"

python3 "$SRC/s2_sanbenedetto_80col.py" "$TMP/s2.txt"
enscript -q -B -M A4 -f Courier10 -L 64 --margins=62:40:30:30 -X latin1 -p "$TMP/s2.ps" "$TMP/s2.txt"
ps2pdf "$TMP/s2.ps" "$OUT/determinazione-sanbenedettodeltronto-halley-fondolocazioni.pdf"

cp "$SRC/s3_sanbenedetto_ordinanza.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode s3_sanbenedetto_ordinanza.tex >/dev/null \
           && pdflatex -interaction=nonstopmode s3_sanbenedetto_ordinanza.tex >/dev/null)
cp "$TMP/s3_sanbenedetto_ordinanza.pdf" "$OUT/ordinanza-sanbenedettodeltronto-halley.pdf"

cp "$SRC/s4_sanbenedetto_ordinanza.fodt" "$TMP/ordinanza-sanbenedettodeltronto-halley-demolizione.fodt"
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$TMP" \
    "$TMP/ordinanza-sanbenedettodeltronto-halley-demolizione.fodt" >/dev/null
cp "$TMP/ordinanza-sanbenedettodeltronto-halley-demolizione.pdf" "$OUT/"

# --- Comune di San Giovanni Rotondo (Civilia Next style) ---------------------
python3 "$SRC/g1_sangiovanni_raw.py" "$OUT/determinazione-sangiovannirotondo-civilianext.pdf"
python3 "$SRC/g2_sangiovanni_modulo.py" "$OUT/ordinanza-sangiovannirotondo-civilianext.pdf"
wkhtmltopdf -q -s A4 -T 0 -B 0 -L 0 -R 0 --enable-local-file-access \
    "$SRC/g3_sangiovanni_det.html" "$OUT/determinazione-sangiovannirotondo-civilianext-cancelleria.pdf" 2>/dev/null
python3 "$SRC/g4_sangiovanni_fpdf.py" "$OUT/ordinanza-sangiovannirotondo-civilianext-rifiuti.pdf"

python3 "$SRC/keys_make.py"
