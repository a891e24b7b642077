#!/bin/sh
# Rebuilds the twelve PDFs of set mix-116-b from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# wkhtmltopdf, LibreOffice, pdflatex, groff (groff-base), enscript, a2ps,
# ghostscript (ps2pdf).  No test runs it.
set -e
export PYTHONDONTWRITEBYTECODE=1
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$HERE")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$HERE"

# --- Unione dei Comuni dell'Appennino Bolognese (Civilia Next-like) ---------
python3 unione_html.py A1 "$T/a1.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/giunta-n27-unioneappenninobolognese-civilianext.pdf" \
  "file://$T/a1.html" 2>/dev/null
python3 unione_html.py A2 "$T/a2.html"
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 16mm -B 16mm -L 6mm -R 14mm \
  "$T/a2.html" "$OUT/consiglio-n9-unioneappenninobolognese-civilianext.pdf" 2>/dev/null || true
python3 a3_reportlab.py "$OUT/giunta-n31-unioneappenninobolognese-civilianext.pdf"
python3 a4_docx.py "$T/a4.docx" "$T/crest.png"
soffice --headless -env:UserInstallation="file://$T/lo" --convert-to pdf --outdir "$T" "$T/a4.docx" >/dev/null 2>&1
cp "$T/a4.pdf" "$OUT/consiglio-n10-unioneappenninobolognese-civilianext.pdf"

# --- Comunità Montana del Fortore (Halley-like) ------------------------------
python3 b1_fpdf.py "$OUT/giunta-n18-cmfortore-halley.pdf"
python3 b2_latex.py "$T/b2.tex"
(cd "$T" && pdflatex -interaction=nonstopmode b2.tex >/dev/null && pdflatex -interaction=nonstopmode b2.tex >/dev/null)
cp "$T/b2.pdf" "$OUT/consiglio-n5-cmfortore-halley.pdf"
python3 b3_stream.py "$OUT/giunta-n21-cmfortore-halley.pdf"
python3 b4_troff.py "$T/b4.tr"
groff -Kutf8 -Tps -dpaper=a4 -P-pa4 "$T/b4.tr" > "$T/b4.ps"
ps2pdf -sPAPERSIZE=a4 "$T/b4.ps" "$OUT/consiglio-n6-cmfortore-halley.pdf"

# --- COVAR 14 (Datagraph-like 80-column reports) -----------------------------
python3 covar_text.py C1 "$T/c1.txt"
enscript -q -B -X latin1 -f Courier10 --margins=62:40:30:30 -M A4 -p "$T/c1.ps" "$T/c1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c1.ps" "$OUT/assemblea-n3-covar14-datagraph.pdf"
python3 covar_text.py C2 "$T/c2.txt"
a2ps -q -1 -R -B --borders=no --encoding=latin1 --chars-per-line=80 --medium=A4 \
  --footer= --left-footer= --right-footer= -o "$T/c2.ps" "$T/c2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c2.ps" "$OUT/cda-n14-covar14-datagraph.pdf"
python3 c3_troff.py "$T/c3.tr"
groff -Kutf8 -Tps -dpaper=a4 -P-pa4 "$T/c3.tr" > "$T/c3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/c3.ps" "$OUT/assemblea-n2-covar14-datagraph.pdf"
python3 c4_form.py "$OUT/cda-n17-covar14-datagraph.pdf"

ls -l "$OUT"/*.pdf
