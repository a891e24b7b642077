#!/bin/sh
# Rebuilds the 12 PDFs of set mix-62-a into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr, babel french),
# Java 17 with OpenPDF 1.3.30 in the local Maven repository (~/.m2).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# 1 Tirolo: HTML opened as a Writer document, exported by LibreOffice
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_tirolo.html" --outdir "$T" >/dev/null
mv "$T/d01_tirolo.pdf" "$OUT/deliberazione-tirolo-writer.pdf"
# 2 Trieste, I Circoscrizione: reportlab platypus, Tw justification
python3 "$SRC/d02_trieste.py" "$OUT/deliberazione-triestealtipiano-civilia.pdf"
# 3 Valsavarenche: pdfLaTeX (run twice)
cp "$SRC/d03_valsavarenche.tex" "$T/deliberazione-valsavarenche-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-valsavarenche-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-valsavarenche-latex.tex >/dev/null)
mv "$T/deliberazione-valsavarenche-latex.pdf" "$OUT/"
# 4 Comunità comprensoriale Salto-Sciliar: headless Chromium, grey side panel
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-saltosciliar-chromium.pdf" "$SRC/d04_saltosciliar.html" 2>/dev/null
# 5 ASP Ravenna Cervia e Russi: fpdf2, CID TrueType fonts
python3 "$SRC/d05_aspravenna.py" "$OUT/deliberazione-aspravenna-fpdf.pdf"
# 6 Unione Terre e Fiumi: python-docx -> LibreOffice
python3 "$SRC/d06_terrefiumi.py" "$T/convocazione-terrefiumi-word.docx"
soffice --headless --convert-to pdf "$T/convocazione-terrefiumi-word.docx" --outdir "$OUT" >/dev/null
# 7 Glorenza: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d07_glorenza.py" "$OUT/ordinanza-glorenza-glyphs.pdf"
# 8 Funes: groff -ms -> PostScript -> ps2pdf
preconv -e utf-8 "$SRC/d08_funes.ms" | groff -t -ms -Tps -dpaper=a4 -P-pa4 > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/decreto-funes-groff.pdf"
# 9 Ovaro: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 14mm -B 14mm -L 16mm -R 16mm "$SRC/d09_ovaro.html" "$OUT/avviso-ovaro-wkhtml.pdf" 2>/dev/null
# 10 Saint-Pierre: Java + OpenPDF
mkdir -p "$T/classes"
javac -encoding UTF-8 -d "$T/classes" -cp "$OPENPDF" "$SRC/D10SaintPierre.java"
java -cp "$T/classes:$OPENPDF" D10SaintPierre "$OUT/bando-saintpierre-openpdf.pdf"
# 11 Sturno: 80-column Courier certificate, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d11.ps" "$SRC/d11_sturno.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$OUT/attestazione-sturno-enscript.pdf"
# 12 Monte San Vito: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_montesanvito.py" "$T/allegato-montesanvito-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-montesanvito-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
