#!/bin/sh
# Rebuilds the 12 PDFs of set mix-61-c into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: pdflatex (lmodern, longtable, fancyhdr, lastpage), chromium, groff (gropdf), Java 17 + Maven
# (OpenPDF 1.3.30 from Maven Central), python3 (reportlab, fpdf2, python-docx, openpyxl), enscript +
# ghostscript (ps2pdf), iconv, libreoffice (Writer, Calc), wkhtmltopdf. Ends by running keys_make.py.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 XDG_RUNTIME_DIR="$T" HOME="$T"
LO="soffice -env:UserInstallation=file://$T/lo --headless"
# 1 Chianni: pdfLaTeX, longtable roll broken over two pages, running head and foot on every page
cp "$SRC/d01_chianni.tex" "$T/deliberazione-chianni-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-chianni-latex.tex >/dev/null 2>&1; pdflatex -interaction=nonstopmode deliberazione-chianni-latex.tex >/dev/null 2>&1)
mv "$T/deliberazione-chianni-latex.pdf" "$OUT/"
# 2 Provincia di Teramo: HTML printed by headless Chromium, proposal in a side box
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-provteramo-chromium.pdf" "$SRC/d02_provteramo.html" 2>/dev/null
# 3 Unione Montana Esino-Frasassi: groff -ms + tbl, gropdf
groff -Kutf8 -t -ms -Tpdf -P-pa4 "$SRC/d03_esinofrasassi.ms" > "$OUT/convocazione-esinofrasassi-groff.pdf" 2>/dev/null
# 4 Roccamorice: Java + OpenPDF, TrueType fonts embedded as CID (Identity-H)
(cd "$T" && mvn -q dependency:copy -Dartifact=com.github.librepdf:openpdf:1.3.30 -DoutputDirectory="$T" >/dev/null)
javac -d "$T" -cp "$T/openpdf-1.3.30.jar" "$SRC/D04Roccamorice.java"
java -cp "$T:$T/openpdf-1.3.30.jar" D04Roccamorice "$OUT/ordinanza-roccamorice-openpdf.pdf"
# 5 Montappone: ReportLab platypus, text in two columns
python3 "$SRC/d05_montappone.py" "$OUT/avviso-montappone-duecolonne.pdf"
# 6 Picinisco: ReportLab canvas, Tw-justified lines, rotated Albo stamp on every page
python3 "$SRC/d06_picinisco.py" "$OUT/deliberazione-picinisco-timbro.pdf"
# 7 Roscigno: 80-column Courier report, enscript + ps2pdf
iconv -f utf-8 -t latin1 "$SRC/d07_roscigno.txt" > "$T/d07.txt"
enscript -q -B -f Courier9.6 -M A4 --margins=62:40:36:36 -X latin1 -o "$T/d07.ps" "$T/d07.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-roscigno-enscript.pdf"
# 8 Castelverrino: fpdf2, letter-spaced headings
python3 "$SRC/d08_castelverrino.py" "$OUT/attestazione-castelverrino-fpdf.pdf"
# 9 Radicondoli: openpyxl .xlsx -> LibreOffice Calc
python3 "$SRC/d09_radicondoli.py" "$T/allegato-radicondoli-calc.xlsx"
$LO --convert-to pdf --outdir "$OUT" "$T/allegato-radicondoli-calc.xlsx" >/dev/null 2>&1
# 10 Consorzio di Bonifica dell'Ufita: wkhtmltopdf
wkhtmltopdf -q --zoom 1.22 --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 18mm --title "Decreto del Presidente n. 7/2026" "$SRC/d10_bonificaufita.html" "$OUT/decreto-bonificaufita-wkhtml.pdf" 2>/dev/null
# 11 Paupisi: python-docx .docx -> LibreOffice Writer
python3 "$SRC/d11_paupisi.py" "$T/deliberazione-paupisi-word.docx"
$LO --convert-to pdf --outdir "$OUT" "$T/deliberazione-paupisi-word.docx" >/dev/null 2>&1
# 12 Penna in Teverina: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d12_pennainteverina.html" "$T/bando-pennainteverina-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$T/bando-pennainteverina-writer.html" >/dev/null 2>&1
python3 "$SRC/keys_make.py"
