#!/bin/sh
# Rebuilds the 12 PDFs of mix-116-c from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, LibreOffice,
# wkhtmltopdf, groff (devps) + ghostscript, enscript, pdflatex. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$SRC"

# Comune di Susa ("Civilia Next")
python3 s1_susa_cc14_reportlab.py "$OUT/consiglio-susa-civilianext-rendiconto.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr1" --no-pdf-header-footer \
  --print-to-pdf="$OUT/giunta-susa-civilianext-murosostegno.pdf" "file://$SRC/s2_susa_gc41.html" 2>/dev/null
python3 s3_susa_cc15_docx.py "$T/consiglio-susa-civilianext-segreteria.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/consiglio-susa-civilianext-segreteria.docx" >/dev/null 2>&1
cp "$T/consiglio-susa-civilianext-segreteria.pdf" "$OUT/"
groff -k -Tps s4_susa_gc43.tr > "$T/s4.ps"
ps2pdf "$T/s4.ps" "$OUT/giunta-susa-civilianext-proloco.pdf"

# Comune di Bella ("Halley")
enscript -q -M A4 -f Courier10 -F Courier-Bold9 --margins=56:40:30:36 \
  -b 'Comune di Bella - Delib. C.C. n. 9 del 27/04/2027||Pag. $% di $=' -p "$T/b5.ps" b5_bella_cc9.txt
ps2pdf "$T/b5.ps" "$OUT/consiglio-bella-halley-canone.pdf"
python3 b6_bella_gc37_fpdf.py "$OUT/giunta-bella-halley-estate.pdf"
cp b7_bella_cc10.tex "$T/"
(cd "$T" && pdflatex -interaction=batchmode b7_bella_cc10.tex >/dev/null && pdflatex -interaction=batchmode b7_bella_cc10.tex >/dev/null)
cp "$T/b7_bella_cc10.pdf" "$OUT/consiglio-bella-halley-variazione.pdf"
python3 b8_bella_gc39_pikepdf.py "$OUT/giunta-bella-halley-viabilita.pdf"

# Città di Albano Laziale ("Sicraweb")
python3 a9_albano_cc21_html.py "$T/a9.html"
wkhtmltopdf -q --enable-local-file-access -s A4 -T 12 -B 14 -L 16 -R 16 "$T/a9.html" \
  "$OUT/consiglio-albanolaziale-sicraweb-regolamento.pdf" 2>/dev/null
python3 a10_albano_gc88_reportlab.py "$OUT/giunta-albanolaziale-sicraweb-estate.pdf"
python3 a11_albano_cc22_html.py "$T/a11.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr2" --no-pdf-header-footer \
  --print-to-pdf="$OUT/consiglio-albanolaziale-sicraweb-debito.pdf" "file://$T/a11.html" 2>/dev/null
python3 a12_albano_gc95_fpdf.py "$OUT/giunta-albanolaziale-sicraweb-comodato.pdf"

python3 keys_make.py
