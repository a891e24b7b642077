#!/bin/bash
# Rebuilds the 12 PDFs of mix-133-a from the sources beside this script.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# LibreOffice, groff, enscript + ghostscript, pdflatex (lmodern, babel-italian).
# No test runs it.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
LO="$(mktemp -d)"
trap 'rm -rf "$T" "$LO"' EXIT
cd "$T"

# Comune di Grottazzolina ("Halley")
python3 "$SRC/grottazzolina_delib.py" "$OUT/deliberazione-grottazzolina-halley.pdf"
python3 "$SRC/grottazzolina_det.py"   "$OUT/determinazione-grottazzolina-halley.pdf"
python3 "$SRC/grottazzolina_ord.py"   "$OUT/ordinanza-grottazzolina-halley.pdf"
python3 "$SRC/grottazzolina_cert.py"  "$T/cert.txt"
enscript -q -B -f Courier10 --margins=56:40:50:40 -X latin1 -t "Certificato pubblicazione 612/2028" \
  -o "$T/cert.ps" "$T/cert.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "$OUT/certificato-grottazzolina-halley.pdf"

# Comune di Montemarano ("Sicraweb")
CH="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-montemarano-sicraweb.pdf" "$SRC/montemarano_delib.html" 2>/dev/null
rm -rf "$CH"
python3 "$SRC/montemarano_det.py" "$T/determinazione-montemarano-sicraweb.docx"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
  "$T/determinazione-montemarano-sicraweb.docx" >/dev/null
cp "$T/determinazione-montemarano-sicraweb.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 15mm -B 18mm -L 12mm -R 16mm --title "Decreto del Sindaco n. 9/2028" \
  "$SRC/montemarano_decreto.html" "$OUT/decreto-montemarano-sicraweb.pdf" 2>/dev/null
python3 "$SRC/montemarano_conv.py" "$OUT/convocazione-montemarano-sicraweb.pdf"

# Comune di Villa Lagarina ("Civilia")
cp "$SRC/villalagarina_delib.tex" "$T/"
pdflatex -interaction=nonstopmode villalagarina_delib.tex >/dev/null
pdflatex -interaction=nonstopmode villalagarina_delib.tex >/dev/null
cp "$T/villalagarina_delib.pdf" "$OUT/deliberazione-villalagarina-civilia.pdf"
python3 "$SRC/villalagarina_det.py" "$OUT/determinazione-villalagarina-civilia.pdf"
groff -Kutf8 -Tps -dpaper=a4 -P-pa4 "$SRC/villalagarina_avviso.tr" > "$T/avviso.ps"
ps2pdf -sPAPERSIZE=a4 "$T/avviso.ps" "$OUT/avviso-villalagarina-civilia.pdf"
cp "$SRC/villalagarina_ord.fodt" "$T/ordinanza-villalagarina-civilia.fodt"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
  "$T/ordinanza-villalagarina-civilia.fodt" >/dev/null
cp "$T/ordinanza-villalagarina-civilia.pdf" "$OUT/"

python3 "$SRC/keys_make.py"
