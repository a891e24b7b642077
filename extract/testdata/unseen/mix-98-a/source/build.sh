#!/bin/sh
# Rebuilds the 12 PDFs of set mix-98-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (-ms, tbl), pdflatex (lmodern, microtype, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix98a.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-98a --headless"
# --- Comune di Atzara (NU, Sardegna): house style "Halley" ---
python3 "$SRC/a1_atzara_delib.py" "$OUT/deliberazione-atzara-halley.pdf"      # reportlab, Tw justification
python3 "$SRC/a2_atzara_det.py"   "$OUT/determinazione-atzara-halley.pdf"     # fpdf2, running head/foot
python3 "$SRC/a3_atzara_ord.py"   "$OUT/ordinanza-atzara-halley.pdf"          # reportlab, glyph by glyph, rotated stamp
python3 "$SRC/a4_atzara_cert.py"  "$OUT/attestazione-atzara-halley.pdf"       # fpdf2 table
# --- Comune di Frazzano (ME, Sicilia): house style "Urbi" ---
cp "$SRC/b1_frazzano_delib.html" "$T/deliberazione-frazzano-urbi.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-frazzano-urbi.html" --outdir "$OUT" >/dev/null
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/b2_frazzano_det.html" "$OUT/determinazione-frazzano-urbi.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-98a --no-pdf-header-footer \
  --print-to-pdf="$OUT/decreto-frazzano-urbi.pdf" "$SRC/b3_frazzano_decreto.html" 2>/dev/null
python3 "$SRC/b4_frazzano_avviso.py" "$T/avviso-frazzano-urbi.docx"
$LO --convert-to pdf "$T/avviso-frazzano-urbi.docx" --outdir "$OUT" >/dev/null
# --- Comune di Fabrizia (VV, Calabria): house style "AP Systems" ---
cp "$SRC/c1_fabrizia_delib.tex" "$T/deliberazione-fabrizia-apsystems.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-fabrizia-apsystems.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-fabrizia-apsystems.tex >/dev/null)
mv "$T/deliberazione-fabrizia-apsystems.pdf" "$OUT/"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/c2.ps" "$SRC/c2_fabrizia_det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c2.ps" "$OUT/determinazione-fabrizia-apsystems.pdf"
groff -Kutf-8 -t -ms -Tps -dpaper=a4 -P-pa4 "$SRC/c3_fabrizia_ord.ms" > "$T/c3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/c3.ps" "$OUT/ordinanza-fabrizia-apsystems.pdf"
python3 "$SRC/c4_fabrizia_cert.py" "$T/attestazione-fabrizia-apsystems.xlsx"
$LO --convert-to pdf "$T/attestazione-fabrizia-apsystems.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
python3 "$SRC/keys_make.py"
