#!/bin/sh
# Rebuilds the 12 PDFs of set mix-66-c into the parent directory (OUTDIR), then writes keys.json.
# Needs: Java 17 + Maven (OpenPDF 1.3.30, PDFBox 3.0.3 from Maven Central), Go (github.com/go-pdf/fpdf
# v0.9.0 from the module proxy), python3 (reportlab, fpdf2, python-docx, fontTools), LibreOffice,
# Chromium, wkhtmltopdf, pdflatex (lmodern, microtype, fancyhdr, lastpage, tabularx, enumitem),
# groff (gropdf, tbl), poppler-utils (pdftotext, for keys_make.py).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
rm -f "$OUT"/*.pdf "$OUT/keys.json"

# Java libraries from Maven Central into the temp dir
for a in com.github.librepdf:openpdf:1.3.30 org.apache.pdfbox:pdfbox:3.0.3 org.apache.pdfbox:fontbox:3.0.3 \
         org.apache.pdfbox:pdfbox-io:3.0.3 commons-logging:commons-logging:1.2; do
  (cd "$T" && mvn -q dependency:copy -Dartifact=$a -DoutputDirectory="$T" >/dev/null)
done
PB="$T/pdfbox-3.0.3.jar:$T/fontbox-3.0.3.jar:$T/pdfbox-io-3.0.3.jar:$T/commons-logging-1.2.jar"

# 1 Cavedine (TN), Giunta: OpenPDF, CID (Identity-H) TrueType fonts, page events on every page
javac -d "$T" -cp "$T/openpdf-1.3.30.jar" "$SRC/D01Cavedine.java"
java -cp "$T:$T/openpdf-1.3.30.jar" D01Cavedine "$OUT/deliberazione-cavedine-openpdf.pdf"

# 2 Montedinove (AP), Giunta: custom PDF writer, Type 3 fonts from TrueType outlines, one Td per glyph
python3 "$SRC/d02_montedinove.py" "$OUT/deliberazione-montedinove-halley.pdf"

# 3 Fosdinovo (MS), Consiglio: PDFBox 3, one Tm per glyph, rotated margin note, running head/foot
javac -d "$T" -cp "$PB" "$SRC/D03Fosdinovo.java"
java -cp "$T:$PB" D03Fosdinovo "$OUT/deliberazione-fosdinovo-pdfbox.pdf" 2>/dev/null

# 4 Forni di Sopra (UD), determinazione: ReportLab canvas, Tw per justified line, Tc headings, header grid
python3 "$SRC/d04_fornidisopra.py" "$OUT/determinazione-fornidisopra-insiel.pdf"

# 5 Castello Tesino (TN), determinazione: pdfLaTeX, microtype letter-spacing, fancyhdr running head
cp "$SRC/d05_castellotesino.tex" "$T/determinazione-castellotesino-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode determinazione-castellotesino-latex.tex >/dev/null 2>&1 || true; done)
mv "$T/determinazione-castellotesino-latex.pdf" "$OUT/"

# 6 Montepaone (CZ), determinazione: Chromium headless, CSS letter-spacing, @page margin-box foot
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-montepaone-chromium.pdf" "$SRC/d06_montepaone.html" 2>/dev/null

# 7 Sequals (PN), decreto: Go + go-pdf/fpdf, MultiCell "J" (Tw), header/footer callbacks
(cd "$SRC/d07_sequals" && GOFLAGS=-modcacherw go run . "$OUT/decreto-sequals-gofpdf.pdf")

# 8 Castelsaraceno (PZ), decreto sindacale: fpdf2, DejaVu as CID Type0 fonts
python3 "$SRC/d08_castelsaraceno.py" "$OUT/decreto-castelsaraceno-fpdf.pdf"

# 9 Gorgoglione (MT), ordinanza: ReportLab, Form XObjects, blocks drawn out of reading order, rotated note
python3 "$SRC/d09_gorgoglione.py" "$OUT/ordinanza-gorgoglione-xobject.pdf"

# 10 Capraia Isola (LI), avviso: python-docx Word model -> LibreOffice Writer
python3 "$SRC/d10_capraiaisola.py" "$T/avviso-capraiaisola-word.docx"
soffice --headless --convert-to pdf "$T/avviso-capraiaisola-word.docx" --outdir "$OUT" >/dev/null 2>&1

# 11 Spilinga (VV), avviso pubblico n. 4/2026: wkhtmltopdf, articles in two columns
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 17mm -R 17mm "$SRC/d11_spilinga.html" "$OUT/avviso-spilinga-wkhtml.pdf" 2>/dev/null

# 12 Castelleone di Suasa (AN), certificate: groff -ms + tbl -> gropdf
groff -Kutf8 -t -ms -Tpdf -P-pa4 "$SRC/d12_castelleonedisuasa.ms" > "$OUT/attestazione-castelleonedisuasa-groff.pdf"

ls "$OUT"/*.pdf | wc -l
python3 "$SRC/keys_make.py"
