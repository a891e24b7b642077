#!/bin/sh
# Rebuilds the 12 PDFs of set mix-68-c into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice 7.4 (Writer, Calc), chromium,
# wkhtmltopdf, ghostscript (ps2pdf), groff (gropdf, tbl), pdflatex (psnfss Times/Helvetica/Courier,
# microtype, fancyhdr, lastpage, enumitem), poppler-utils (pdftotext, for the key check),
# Java 17 with OpenPDF 1.3.30 and PDFBox 3.0.3 (+ fontbox, pdfbox-io, commons-logging 1.2) in ~/.m2.
# Intermediates (.docx, .xlsx, classes, TeX aux files, office and browser profiles) go to a temp dir.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d /tmp/mix68c-build.XXXXXX); trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file://$T/lo --headless"        # private LibreOffice profile
CHROME="chromium --headless --no-sandbox --disable-gpu --user-data-dir=$T/chrome --no-pdf-header-footer"
M2=$HOME/.m2/repository
OPENPDF=$M2/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
PDFBOX=$M2/org/apache/pdfbox/pdfbox/3.0.3/pdfbox-3.0.3.jar:$M2/org/apache/pdfbox/fontbox/3.0.3/fontbox-3.0.3.jar:$M2/org/apache/pdfbox/pdfbox-io/3.0.3/pdfbox-io-3.0.3.jar:$M2/commons-logging/commons-logging/1.2/commons-logging-1.2.jar

# 1 Montespertoli (FI): flat ODF letter -> LibreOffice Writer
cp "$SRC/d01_montespertoli.fodt" "$T/convocazione-montespertoli-fodt.fodt"
$LO --convert-to pdf:writer_pdf_Export "$T/convocazione-montespertoli-fodt.fodt" --outdir "$OUT" >/dev/null 2>&1
# 2 Montemurlo (PO): ReportLab, Tc-justified lines, Form XObjects, drawn out of order, rotated stamp
python3 "$SRC/d02_montemurlo.py" "$OUT/avviso-montemurlo-reportlab.pdf"
# 3 Castel Giorgio (TR): Java + OpenPDF, Identity-H fonts, colspan/rowspan table, page events
mkdir -p "$T/cls"
javac -encoding UTF-8 -d "$T/cls" -cp "$OPENPDF" "$SRC/D03CastelGiorgio.java"
java -cp "$T/cls:$OPENPDF" D03CastelGiorgio "$OUT/avviso-castelgiorgio-openpdf.pdf"
# 4 Tavullia (PU): pdfLaTeX, fancyhdr running head/foot, microtype letter-spacing
mkdir -p "$T/tex"; cp "$SRC/d04_tavullia.tex" "$T/tex/bando-tavullia-latex.tex"
(cd "$T/tex" && pdflatex -interaction=nonstopmode bando-tavullia-latex.tex >/dev/null && pdflatex -interaction=nonstopmode bando-tavullia-latex.tex >/dev/null)
mv "$T/tex/bando-tavullia-latex.pdf" "$OUT/"
# 5 Controguerra (TE): python-docx (letterhead table with protocol in the page header) -> LibreOffice
python3 "$SRC/d05_controguerra.py" "$T/avviso-controguerra-word.docx"
$LO --convert-to pdf "$T/avviso-controguerra-word.docx" --outdir "$OUT" >/dev/null 2>&1
# 6 Pietracatella (CB): hand-written PostScript poster (A3) -> Ghostscript
ps2pdf -sPAPERSIZE=a3 "$SRC/d06_pietracatella.ps" "$OUT/avviso-pietracatella-manifesto.pdf"
# 7 Ambito Territoriale Sociale 23 (AP): wkhtmltopdf, articles in two columns
wkhtmltopdf -q -s A4 -T 14mm -B 14mm -L 16mm -R 16mm "$SRC/d07_ats23.html" "$OUT/avviso-ats23-wkhtml.pdf" 2>/dev/null
# 8 Carbognano (VT): headless Chromium, @page margin boxes
$CHROME --print-to-pdf="$OUT/avviso-carbognano-chromium.pdf" "$SRC/d08_carbognano.html" 2>/dev/null
# 9 Monteleone d'Orvieto (TR): fpdf2, register grid, char spacing, justified text, running head
python3 "$SRC/d09_monteleonedorvieto.py" "$OUT/bando-monteleonedorvieto-fpdf.pdf"
# 10 Torricella Sicura (TE): groff -ms + tbl -> gropdf
groff -k -t -ms -Tpdf -dpaper=a4 -P-pa4 "$SRC/d10_torricellasicura.ms" > "$OUT/convocazione-torricellasicura-groff.pdf"
# 11 Cottanello (RI): Java + PDFBox 3, fixed coordinates, out of reading order, rotated stamp
javac -encoding UTF-8 -d "$T/cls" -cp "$PDFBOX" "$SRC/D11Cottanello.java"
java -cp "$T/cls:$PDFBOX" D11Cottanello "$OUT/attestazione-cottanello-pdfbox.pdf" 2>/dev/null
# 12 Campochiaro (CB): openpyxl .xlsx -> LibreOffice Calc, landscape
python3 "$SRC/d12_campochiaro.py" "$T/allegato-campochiaro-calc.xlsx"
$LO --convert-to pdf "$T/allegato-campochiaro-calc.xlsx" --outdir "$OUT" >/dev/null 2>&1

python3 "$SRC/keys_make.py"
