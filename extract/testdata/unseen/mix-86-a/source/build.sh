#!/bin/sh
# Rebuilds the 12 PDFs of set mix-86-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, lastpage), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); cd "$SRC"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-86a --headless"
# 1 Roccarainola: 80-column Courier report, enscript + ghostscript
python3 d01_roccarainola.py "$T/d01.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d01.ps" "$T/d01.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/determinazione-roccarainola-halley.pdf"
# 2 Castelforte: HTML opened as a Writer document, exported by LibreOffice
python3 d02_castelforte.py "$T/determinazione-castelforte-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-castelforte-writer.html" --outdir "$OUT" >/dev/null
# 3 Cerenzia: reportlab, one glyph per BT/Tm/Tj
python3 d03_cerenzia.py "$OUT/determinazione-cerenzia-kibernetes.pdf"
# 4 Pietravairano: reportlab, stamp-filled register blanks drawn last, rotated Albo stamp
python3 d04_pietravairano.py "$OUT/determinazione-pietravairano-sicraweb.pdf"
# 5 Coreno Ausonio: headless Chromium
python3 d05_coreno.py "$T/d05.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-86a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-corenoausonio-chromium.pdf" "file://$T/d05.html" 2>/dev/null
# 6 Mandatoriccio: wkhtmltopdf
python3 d06_mandatoriccio.py "$T/d06.html"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$T/d06.html" "$OUT/determinazione-mandatoriccio-wkhtml.pdf"
# 7 Montefredane: pdfLaTeX
python3 d07_montefredane.py "$T/d07.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d07.tex >/dev/null && pdflatex -interaction=nonstopmode d07.tex >/dev/null)
mv "$T/d07.pdf" "$OUT/determinazione-montefredane-latex.pdf"
# 8 Vicalvi: fpdf2
python3 d08_vicalvi.py "$OUT/determinazione-vicalvi-halley.pdf"
# 9 Calopezzati: groff -ms
python3 d09_calopezzati.py "$T/d09.ms"
preconv -e utf-8 "$T/d09.ms" | groff -ms -Tpdf -P-pa4 -dpaper=a4 > "$OUT/determinazione-calopezzati-groff.pdf"
# 10 Marano Equo: python-docx -> LibreOffice
python3 d10_maranoequo.py "$T/determinazione-maranoequo-word.docx"
$LO --convert-to pdf "$T/determinazione-maranoequo-word.docx" --outdir "$OUT" >/dev/null
# 11 Casamarciano: reportlab Tw/Tc
python3 d11_casamarciano.py "$OUT/attestazione-casamarciano-civilia.pdf"
# 12 Pallagorio: openpyxl -> LibreOffice Calc
python3 d12_pallagorio.py "$T/allegato-pallagorio-calc.xlsx"
$LO --convert-to pdf "$T/allegato-pallagorio-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T" "$SRC/__pycache__"
