#!/bin/sh
# Rebuilds the 12 PDFs of set mix-63-a into the parent directory (OUTDIR), then keys.json.
# Needs: python3 (reportlab, fpdf2, Pillow, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# groff (gropdf), enscript + ghostscript (ps2pdf), pdflatex (lmodern, multicol, multirow, fancyhdr, lastpage),
# Java 17 with OpenPDF 1.3.30 in the local Maven repository (~/.m2), or OPENPDF=/path/to/openpdf-1.3.30.jar.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# 1 Provincia di Vercelli: groff -ms, gropdf
groff -ms -Tpdf -k "$SRC/d01_provvercelli.ms" > "$OUT/decreto-provvercelli-groff.pdf"
# 2 Città Metropolitana di Messina: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cmmessina-chromium.pdf" "$SRC/d02_cmmessina.html" 2>/dev/null
# 3 Unione di Comuni della Romagna forlivese: wkhtmltopdf
wkhtmltopdf -q --zoom 1.22 -s A4 -T 15mm -B 18mm -L 16mm -R 16mm "$SRC/d03_romagnaforlivese.html" "$OUT/deliberazione-romagnaforlivese-wkhtml.pdf" 2>/dev/null
# 4 Comunità Montana Monti Lattari: reportlab, Tw justification, Tc letter-spacing
python3 "$SRC/d04_montilattari.py" "$OUT/deliberazione-montilattari-civilia.pdf"
# 5 ASL Lecce: fpdf2, CID TrueType, running head, name only in the logo picture
python3 "$SRC/d05_asllecce.py" "$OUT/deliberazione-asllecce-fpdf.pdf"
# 6 ASL Teramo: openpyxl -> LibreOffice Calc
python3 "$SRC/d06_aslteramo.py" "$T/allegato-aslteramo-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-aslteramo-calc.xlsx" --outdir "$OUT" >/dev/null
# 7 ASP Valloni Marecchia: plain text -> enscript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d07_valloni.txt" > "$T/d07.txt"
enscript -q -B -f Courier11 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d07.ps" "$T/d07.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/attestazione-valloni-enscript.pdf"
# 8 Consorzio di Bonifica Tevere Nera: pdfLaTeX, multicol + multirow
cp "$SRC/d08_teverenera.tex" "$T/deliberazione-teverenera-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-teverenera-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-teverenera-latex.tex >/dev/null)
mv "$T/deliberazione-teverenera-latex.pdf" "$OUT/"
# 9 Ente Parco Nazionale delle Foreste Casentinesi: Java + OpenPDF
mkdir -p "$T/classes"
javac -encoding UTF-8 -d "$T/classes" -cp "$OPENPDF" "$SRC/D09ForesteCasentinesi.java"
java -cp "$T/classes:$OPENPDF" D09ForesteCasentinesi "$OUT/bando-forestecasentinesi-openpdf.pdf"
# 10 Autorità Idrica Pugliese: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d10_idricapugliese.py" "$OUT/convocazione-idricapugliese-xobject.pdf"
# 11 Camera di Commercio Riviere di Liguria: python-docx -> LibreOffice Writer
python3 "$SRC/d11_rivierediliguria.py" "$T/determinazione-rivierediliguria-word.docx"
soffice --headless --convert-to pdf "$T/determinazione-rivierediliguria-word.docx" --outdir "$OUT" >/dev/null
# 12 Provincia di Isernia: reportlab, one glyph per BT/Tm/Tj, rotated stamp
python3 "$SRC/d12_provisernia.py" "$OUT/ordinanza-provisernia-glyphs.pdf"
python3 "$SRC/keys_make.py"
