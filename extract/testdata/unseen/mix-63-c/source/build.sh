#!/bin/sh
# Rebuilds the 12 PDFs of set mix-63-c into the parent directory (OUTDIR); intermediates go to a temp dir
# that is removed at the end. Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), enscript + ghostscript
# (ps2pdf), groff (gropdf), pdflatex (lmodern, babel-italian = texlive-lang-italian, multicol, fancyhdr,
# lastpage), LibreOffice (Writer, Calc), headless Chromium, wkhtmltopdf, Java 17 + OpenPDF 1.3.30 (Maven
# Central, taken from ~/.m2 or fetched with mvn dependency:copy). Ends by running keys_make.py.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$T"
LO="soffice -env:UserInstallation=file://$T/lo --headless"
# 1 Ornavasso: determinazione as a 132-column line-printer report (landscape), enscript + Ghostscript
python3 "$SRC/d01_ornavasso.py" "$T/d01.txt"
enscript -q -B -r -f Courier8.8 -M A4 --margins=30:30:30:30 -X latin1 -o "$T/d01.ps" "$T/d01.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/determinazione-ornavasso-lineprinter.pdf"
# 2 Sestola: certificate of publication, Times form with Courier values typed over dotted blanks (ReportLab)
python3 "$SRC/d02_sestola.py" "$OUT/certificato-sestola-typewriter.pdf"
# 3 Vico del Gargano: ordinanza, raw PDF written by hand, one text object per glyph, glyphs in reverse order
python3 "$SRC/d03_vicodelgargano.py" "$OUT/ordinanza-vicodelgargano-rawpdf.pdf"
# 4 Visso: decreto sindacale, groff -ms, gropdf without ToUnicode CMaps (-u with no file)
groff -Kutf8 -ms -Tpdf -P-pa4 -P-u "$SRC/d04_visso.ms" > "$OUT/decreto-visso-groff.pdf"
# 5 Marradi: Consiglio comunale, pdfLaTeX, two-column body hyphenated with the Italian patterns
cp "$SRC/d05_marradi.tex" "$T/deliberazione-marradi-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-marradi-latex.tex >/dev/null 2>&1 || true; done)
mv "$T/deliberazione-marradi-latex.pdf" "$OUT/"
# 6 Albanella: Allegato B, spreadsheet with a merged-cell header, openpyxl -> LibreOffice Calc
python3 "$SRC/d06_albanella.py" "$T/allegato-albanella-calc.xlsx"
$LO --convert-to pdf --outdir "$OUT" "$T/allegato-albanella-calc.xlsx" >/dev/null 2>&1
# 7 Crognaleto: Giunta deliberation received by fax, "Da: ... A: ... Pag. x/y" on every page (Chromium, @page boxes)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-crognaleto-fax.pdf" "$SRC/d07_crognaleto.html" 2>/dev/null
# 8 Mongiana: Giunta deliberation, Java + OpenPDF (CID fonts), rotated Albo stamp across the letterhead
J="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
if [ ! -f "$J" ]; then (cd "$T" && mvn -q dependency:copy -Dartifact=com.github.librepdf:openpdf:1.3.30 -DoutputDirectory="$T" >/dev/null); J="$T/openpdf-1.3.30.jar"; fi
javac -d "$T" -cp "$J" "$SRC/D08Mongiana.java"
java -cp "$T:$J" D08Mongiana "$OUT/deliberazione-mongiana-openpdf.pdf"
# 9 Capizzi: determinazione with a Reg. Gen. / Reg. Settore / Proposta label grid, HTML -> wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 18mm --title "Determinazione Reg. Gen. 311/2026" "$SRC/d09_capizzi.html" "$OUT/determinazione-capizzi-wkhtml.pdf" 2>/dev/null
# 10 Desulo: unnumbered avviso, fpdf2 core fonts (WinAnsi, no ToUnicode), letter-spaced title
python3 "$SRC/d10_desulo.py" "$OUT/avviso-desulo-fpdf.pdf"
# 11 Angera: Consiglio comunale, python-docx .docx -> LibreOffice Writer, roll in two side-by-side halves
python3 "$SRC/d11_angera.py" "$T/deliberazione-angera-word.docx"
$LO --convert-to pdf --outdir "$OUT" "$T/deliberazione-angera-word.docx" >/dev/null 2>&1
# 12 Filettino: convocation, ReportLab canvas, Form XObjects, Tc title, Tw-justified body, drawn out of order
python3 "$SRC/d12_filettino.py" "$OUT/convocazione-filettino-xobject.pdf"
python3 "$SRC/keys_make.py"
