#!/bin/sh
# Rebuilds the 12 PDFs of set mix-64-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr, enumitem, babel-italian),
# groff (gropdf), Java 17 with OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
JAR="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
# 1 Capolona: reportlab canvas, label grid drawn labels-first, Tc-spaced heading
python3 "$SRC/d01_capolona.py" "$OUT/determinazione-capolona-civilianext.pdf"
# 2 Roviano: HTML printed by wkhtmltopdf, two-column register box
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d02_roviano.html" "$OUT/determinazione-roviano-hypersic.pdf" 2>/dev/null
# 3 Sassinoro: python-docx (numbers only in the running head) -> LibreOffice
python3 "$SRC/d03_sassinoro.py" "$T/determinazione-sassinoro-word.docx"
soffice --headless --convert-to pdf "$T/determinazione-sassinoro-word.docx" --outdir "$OUT" >/dev/null
# 4 Taurisano: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d04.ps" "$SRC/d04_taurisano.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/determinazione-taurisano-halley.pdf"
# 5 Gerocarne: pdfLaTeX, numbers and date only in the signature block
cp "$SRC/d05_gerocarne.tex" "$T/determinazione-gerocarne-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-gerocarne-latex.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-gerocarne-latex.tex >/dev/null)
mv "$T/determinazione-gerocarne-latex.pdf" "$OUT/"
# 6 Cerda: Java + OpenPDF, header table with merged cells
javac -d "$T" -cp "$JAR" "$SRC/D06Cerda.java"
java -cp "$T:$JAR" D06Cerda "$OUT/determinazione-cerda-attiweb.pdf"
# 7 Chiusdino: HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-chiusdino-chromium.pdf" "$SRC/d07_chiusdino.html" 2>/dev/null
# 8 Carapelle: reportlab platypus, Tw-justified lines, two-column roll
python3 "$SRC/d08_carapelle.py" "$OUT/deliberazione-carapelle-sipal.pdf"
# 9 Vejano: fpdf2, DejaVu CID fonts, letter-spacing
python3 "$SRC/d09_vejano.py" "$OUT/ordinanza-vejano-fpdf.pdf"
# 10 Casaletto Spartano: groff -ms -Tpdf
groff -ms -Tpdf -k -P-pa4 "$SRC/d10_casalettospartano.ms" > "$OUT/avviso-casalettospartano-groff.pdf" 2>/dev/null
# 11 Cerchiara di Calabria: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d11_cerchiara.html" "$T/bando-cerchiara-writer.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/bando-cerchiara-writer.html" --outdir "$OUT" >/dev/null
# 12 Mirabella Imbaccari: reportlab, Form XObjects, rotated stamp, values before labels
python3 "$SRC/d12_mirabella.py" "$OUT/attestazione-mirabellaimbaccari-datagraph.pdf"
rm -rf "$T"
