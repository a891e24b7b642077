#!/bin/sh
# Rebuilds the 12 PDFs of set mix-62-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff (with tbl), pdflatex (mathptmx, microtype, fancyhdr, lastpage, enumitem),
# Java 17 with OpenPDF 1.3.30 in the local Maven repository (~/.m2).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
export PYTHONDONTWRITEBYTECODE=1
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# 1 Castelvetro di Modena: HTML opened as a Writer document, exported by LibreOffice
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_castelvetro.html" --outdir "$T" >/dev/null
mv "$T/d01_castelvetro.pdf" "$OUT/deliberazione-castelvetro-gestatti.pdf"
# 2 Gualtieri: Chromium headless (page-margin box as running foot)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-gualtieri-padaniaweb.pdf" "$SRC/d02_gualtieri.html" 2>/dev/null
# 3 Pizzighettone: ReportLab canvas, Tw per line, Tc headings
python3 "$SRC/d03_pizzighettone.py" "$OUT/determinazione-pizzighettone-sipal.pdf"
# 4 Costigliole d'Asti: pdfLaTeX
cp "$SRC/d04_costigliole.tex" "$T/decreto-costigliole-astidoc.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-costigliole-astidoc.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-costigliole-astidoc.tex >/dev/null)
mv "$T/decreto-costigliole-astidoc.pdf" "$OUT/"
# 5 Porto Tolle: ReportLab, Form XObjects, drawn out of reading order
python3 "$SRC/d05_portotolle.py" "$OUT/avviso-portotolle-polesineweb.pdf"
# 6 Castelnuovo Scrivia: groff -ms + tbl
groff -ms -t -k -Tpdf "$SRC/d06_castelnuovoscrivia.ms" 2>/dev/null > "$OUT/certificato-castelnuovoscrivia-certipa.pdf"
# 7 Quistello: openpyxl -> LibreOffice Calc
python3 "$SRC/d07_quistello.py" "$T/allegato-quistello-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-quistello-calc.xlsx" --outdir "$OUT" >/dev/null
# 8 Tregnago: PDF written by hand, one Tm+Tj per word, bottom-up, rotated stamp
python3 "$SRC/d08_tregnago.py" "$OUT/ordinanza-tregnago-kronos.pdf"
# 9 Conselice: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 17mm -R 17mm --footer-center "Determinazione n. 311/2026 R.G. – pag. [page]/[topage]" --footer-font-size 7 --footer-font-name "Liberation Sans" "$SRC/d09_conselice.html" "$OUT/determinazione-conselice-romagnatti.pdf" 2>/dev/null
# 10 Brebbia: fpdf2, DejaVu embedded, header()/footer() on both pages
python3 "$SRC/d10_brebbia.py" "$OUT/convocazione-brebbia-verbanopa.pdf"
# 11 Follina: python-docx (Word template) -> LibreOffice
python3 "$SRC/d11_follina.py" "$T/deliberazione-follina-trevisodoc.docx"
soffice --headless --convert-to pdf "$T/deliberazione-follina-trevisodoc.docx" --outdir "$OUT" >/dev/null
# 12 Varzi: Java + OpenPDF, page event letterhead and foot
mkdir -p "$T/classes"
javac -encoding UTF-8 -d "$T/classes" -cp "$OPENPDF" "$SRC/D12Varzi.java"
java -cp "$T/classes:$OPENPDF" D12Varzi "$OUT/bando-varzi-oltreponet.pdf"
rm -rf "$T"
