#!/bin/sh
# Rebuilds the 12 PDFs of set mix-70-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, Chromium, wkhtmltopdf,
# enscript + ghostscript, groff (gropdf), pdflatex (courier, microtype, fancyhdr), Java 17 + OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix70b.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file://$T/lo-profile"
M=${M2_REPO:-$HOME/.m2/repository}; OPENPDF="$M/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
# 1 Ostana: 80-column typewriter text (Python writes it), enscript + ghostscript
python3 "$SRC/d01_ostana.py" "$T/d01.utf8"
iconv -f utf-8 -t latin1 "$T/d01.utf8" > "$T/d01.txt"
enscript -q -B -f Courier10 -M A4 --margins=56:40:40:30 -X latin1 -o "$T/d01.ps" "$T/d01.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/deliberazione-ostana-halley.pdf"
# 2 Rimella: ReportLab, one glyph per Tm/Tj, stamp box drawn with lines, rotated Albo stamp
python3 "$SRC/d02_rimella.py" "$OUT/determinazione-rimella-kibernetes.pdf"
# 3 Chamois: Word model (python-docx) -> LibreOffice
python3 "$SRC/d03_chamois.py" "$T/decreto-chamois-word.docx"
soffice $LO --headless --convert-to pdf "$T/decreto-chamois-word.docx" --outdir "$OUT" >/dev/null
# 4 Pedesina: groff -ms -> gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d04_pedesina.ms" > "$OUT/avviso-pedesina-groff.pdf"
# 5 Valbondione: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-valbondione-chromium.pdf" "file://$SRC/d05_valbondione.html" 2>/dev/null
# 6 Selva di Cadore: pdfLaTeX in Courier
cp "$SRC/d06_selvadicadore.tex" "$T/ordinanza-selvadicadore-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-selvadicadore-latex.tex >/dev/null)
mv "$T/ordinanza-selvadicadore-latex.pdf" "$OUT/"
# 7 Frassinoro: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 18mm -R 18mm "$SRC/d07_frassinoro.html" "$OUT/determinazione-frassinoro-sicraweb.pdf" 2>/dev/null
# 8 Zerba: fpdf2, DejaVu Sans Mono as CID fonts
python3 "$SRC/d08_zerba.py" "$OUT/attestazione-zerba-fpdf.pdf"
# 9 Pietracamela: Java + OpenPDF
mkdir -p "$T/j09"
javac -encoding UTF-8 -cp "$OPENPDF" -d "$T/j09" "$SRC/d09_pietracamela/PietracamelaConvocazione.java"
java -cp "$OPENPDF:$T/j09" PietracamelaConvocazione "$OUT/convocazione-pietracamela-openpdf.pdf"
# 10 Castel del Monte: ReportLab, Form XObjects, Tw justification, out-of-order drawing
python3 "$SRC/d10_casteldelmonte.py" "$OUT/deliberazione-casteldelmonte-civilia.pdf"
# 11 Pescopennataro: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_pescopennataro.py" "$T/allegato-pescopennataro-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-pescopennataro-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Vastogirardi: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d12_vastogirardi.html" "$T/determinazione-vastogirardi-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-vastogirardi-writer.html" --outdir "$OUT" >/dev/null
python3 "$SRC/keys_make.py" >/dev/null || echo "keys_make: some keyed string missing" >&2
