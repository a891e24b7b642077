#!/bin/bash
# Rebuild the twelve PDFs of set mix-134-b from the scripts in this folder.
# Intermediate files (HTML, .docx, troff, text, TeX) go to a temporary folder;
# copies are kept in gen/ as the record of what each producer was given.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
cd "$SRC"
mkdir -p gen
python3 crest.py "$T/crest.png"

# --- Mongrando (PAL Informatica): ReportLab, Writer from .docx, Chromium, wkhtmltopdf
python3 mongrando_reportlab.py "$OUT"
python3 mongrando_docx.py "$T/M2.docx" "$T/crest.png"
( cd "$T" && soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf M2.docx >/dev/null 2>&1 )
cp "$T/M2.pdf" "$OUT/consiglio-mongrando-palinformatica-regolamento.pdf"
python3 mongrando_html.py M3 "$T/M3.html" "$T/crest.png"
python3 mongrando_html.py M4 "$T/M4.html" "$T/crest.png"
chromium --headless --no-sandbox --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/giunta-mongrando-palinformatica.pdf" "file://$T/M3.html" 2>/dev/null
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 16mm -B 20mm -L 20mm -R 20mm \
  "$T/M4.html" "$OUT/giunta-mongrando-palinformatica-proloco.pdf" 2>/dev/null || true
cp "$T/M2.docx" "$T/M3.html" "$T/M4.html" gen/

# --- Sant'Omero (Computer Brains): groff, enscript, a2ps, fpdf2 form
python3 santomero_text.py "$T"
groff -k -Tps "$T/S1.tr" > "$T/S1.ps"
ps2pdf -sPAPERSIZE=a4 "$T/S1.ps" "$OUT/consiglio-santomero-computerbrains-ratifica.pdf"
enscript -q -B -f Courier10 -M A4 --margins=54:40:36:30 -X latin1 -p "$T/S2.ps" "$T/S2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/S2.ps" "$OUT/consiglio-santomero-computerbrains-regolamento.pdf"
a2ps -q -1 -R -B --borders=no -M A4 --chars-per-line=80 -X latin1 -o "$T/S3.ps" "$T/S3.txt"
ps2pdf -sPAPERSIZE=a4 "$T/S3.ps" "$OUT/giunta-santomero-computerbrains.pdf"
python3 santomero_modulo.py "$OUT"
cp "$T/S1.tr" "$T/S2.txt" "$T/S3.txt" gen/

# --- Trabia (Progesi): pdfLaTeX, hand-written content streams, ReportLab TTF, fpdf2
python3 trabia_latex.py T1 "$T/T1.tex"
( cd "$T" && pdflatex -interaction=nonstopmode T1.tex >/dev/null && pdflatex -interaction=nonstopmode T1.tex >/dev/null )
cp "$T/T1.pdf" "$OUT/giunta-trabia-progesi.pdf"
python3 trabia_stream.py "$OUT"
python3 trabia_reportlab.py "$OUT"
python3 trabia_fpdf.py "$OUT"
cp "$T/T1.tex" gen/

python3 keys_make.py
