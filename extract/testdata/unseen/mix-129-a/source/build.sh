#!/bin/sh
# Rebuilds the 12 PDFs of mix-129-a into the parent folder. No test runs it.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$S"
# Murlo (Ascot style): ReportLab, Chromium, pdfLaTeX
python3 murlo_rl.py "$O"
chromium --headless --no-sandbox --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$O/determinazione-murlo-ascot.pdf" "file://$S/murlo_det.html" 2>/dev/null
cp ordinanza-murlo.tex "$T/" && (cd "$T" && pdflatex -interaction=batchmode ordinanza-murlo.tex >/dev/null) && cp "$T/ordinanza-murlo.pdf" "$O/ordinanza-murlo-ascot.pdf"
# Contursi Terme (Cityware style): .docx through LibreOffice, fpdf2, wkhtmltopdf, groff
python3 contursi_docx.py "$T/deliberazione-contursiterme-cityware.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$O" "$T/deliberazione-contursiterme-cityware.docx" >/dev/null 2>&1
python3 contursi_det_fpdf.py "$O/determinazione-contursiterme-cityware.pdf"
wkhtmltopdf -q -s A4 decreto-contursi.html "$O/decreto-contursiterme-cityware.pdf" 2>/dev/null
groff -Tps -K utf8 avviso-contursi.tr > "$T/a.ps" && ps2pdf "$T/a.ps" "$O/avviso-contursiterme-cityware.pdf"
# Condove (CSI style): enscript, ReportLab glyph by glyph, fpdf2 form, a2ps
iconv -f utf-8 -t latin1 deliberazione-condove.txt > "$T/d.txt"
enscript -q -f Courier10 --margins=50:40:30:30 -b 'CSI-ATTI  Delibera G.C. n. 58 del 10/05/2028||Pag. $% di $=' -o "$T/d.ps" "$T/d.txt"
ps2pdf "$T/d.ps" "$O/deliberazione-condove-csi.pdf"
python3 condove_det_rl.py "$O/determinazione-condove-csi.pdf"
python3 condove_ord_fpdf.py "$O/ordinanza-condove-csi.pdf"
iconv -f utf-8 -t latin1 convocazione-condove.txt > "$T/c.txt"
a2ps -q -1 -R --medium=A4 --chars-per-line=80 --borders=no --header='' --center-title='' --left-footer='' --right-footer='' --footer='' --left-title='' --right-title='' -o "$T/c.ps" "$T/c.txt" 2>/dev/null
ps2pdf "$T/c.ps" "$O/convocazione-condove-csi.pdf"
python3 keys_make.py
