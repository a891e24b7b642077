#!/bin/sh
# Rebuilds the 12 PDFs of set mix-73-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf, tbl), pdflatex (lmodern, microtype, fancyhdr, lastpage).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file:///tmp/lo-73c"
# 1 Provincia di Crotone: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d01_provcrotone.html" "$OUT/determinazione-provcrotone-sicraweb.pdf"
# 2 Ovest Solidale: reportlab, Tw/Tc
python3 "$SRC/d02_ovestsolidale.py" "$OUT/deliberazione-ovestsolidale-civilia.pdf"
# 3 Consorzio Priula: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d03_priula.html" "$T/deliberazione-priula-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-priula-writer.html" --outdir "$OUT" >/dev/null
# 4 Comunita della Paganella: pdfLaTeX with letter-spacing
cp "$SRC/d04_paganella.tex" "$T/decreto-paganella-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-paganella-latex.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-paganella-latex.tex >/dev/null)
mv "$T/decreto-paganella-latex.pdf" "$OUT/"
# 5 Magnifica Comunita degli Altipiani Cimbri: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d05_altipianicimbri.py" "$OUT/convocazione-altipianicimbri-apkappa.pdf"
# 6 Parco Colli Euganei: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-73c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-parcocollieuganei-chromium.pdf" "$SRC/d06_parcocollieuganei.html" 2>/dev/null
# 7 Parco delle Alpi Liguri: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d07_parcoalpiliguri.py" "$OUT/attestazione-parcoalpiliguri-kibernetes.pdf"
# 8 ATS 21: python-docx -> LibreOffice
python3 "$SRC/d08_ats21.py" "$T/avviso-ats21-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-ats21-word.docx" --outdir "$OUT" >/dev/null
# 9 ACER Modena: groff -ms + tbl -> gropdf
groff -Kutf-8 -t -ms -Tpdf -P-pa4 "$SRC/d09_acermodena.ms" > "$OUT/avviso-acermodena-groff.pdf"
# 10 CSSM Monregalese: 80-column Courier report, enscript + ghostscript
iconv -f UTF-8 -t LATIN1 "$SRC/d10_cssmonregalese.txt" > "$T/d10.txt"
enscript -B -f Courier10 -M A4 --margins=50:40:36:30 -X latin1 -o "$T/d10.ps" "$T/d10.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/determinazione-cssmonregalese-halley.pdf"
# 11 Comuni Insieme: fpdf2, running head/foot, two-column recitals
python3 "$SRC/d11_comuninsieme.py" "$OUT/determinazione-comuninsieme-fpdf.pdf"
# 12 Consorzio di Bonifica Sud Pontino: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_bonificasudpontino.py" "$T/allegato-bonificasudpontino-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-bonificasudpontino-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
