#!/bin/sh
# Rebuilds the 12 PDFs of set mix-77-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, microtype, fancyhdr, lastpage).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-77a"
python3 "$SRC/d01_castelfranci.py" "$OUT/determinazione-castelfranci-halley.pdf"
cp "$SRC/d02_montemiletto.html" "$T/determinazione-montemiletto-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-montemiletto-writer.html" --outdir "$OUT" >/dev/null
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-77a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-pietrastornina-chromium.pdf" "file://$SRC/d03_pietrastornina.html" 2>/dev/null
python3 "$SRC/d04_casalbuono.py" "$T/determinazione-casalbuono-word.docx"
soffice $LO --headless --convert-to pdf "$T/determinazione-casalbuono-word.docx" --outdir "$OUT" >/dev/null
cp "$SRC/d05_accadia.tex" "$T/determinazione-accadia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-accadia-latex.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-accadia-latex.tex >/dev/null)
mv "$T/determinazione-accadia-latex.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm "$SRC/d06_palmariggi.html" "$OUT/determinazione-palmariggi-wkhtml.pdf"
enscript -B -f Courier10 -M A4 --margins=50:40:40:40 -X latin1 -o "$T/d07.ps" "$SRC/d07_giuggianello.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-giuggianello-enscript.pdf"
groff -ms -Kutf8 -Tpdf -P-pa4 "$SRC/d08_missanello.ms" > "$OUT/determinazione-missanello-groff.pdf"
python3 "$SRC/d09_ruoti.py" "$OUT/determinazione-ruoti-civilia.pdf"
python3 "$SRC/d10_guardialfiera.py" "$OUT/determinazione-guardialfiera-fpdf.pdf"
python3 "$SRC/d11_lupara.py" "$T/allegato-lupara-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-lupara-calc.xlsx" --outdir "$OUT" >/dev/null
python3 "$SRC/d12_santelenasannita.py" "$OUT/attestazione-santelenasannita-siscom.pdf"
rm -rf "$T"
