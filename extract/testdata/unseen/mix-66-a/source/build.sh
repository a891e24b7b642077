#!/bin/sh
# Rebuilds the 12 PDFs of set mix-66-a into the parent directory (OUTDIR), then writes keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx), LibreOffice, chromium, wkhtmltopdf, pdflatex
# (mathptmx, helvet, microtype, fancyhdr, lastpage, booktabs), groff + preconv, a2ps, ghostscript
# (ps2pdf), JDK 17 with OpenPDF 1.3.30 in ~/.m2, Go >= 1.21 (fetches github.com/go-pdf/fpdf v0.9.0),
# poppler-utils (pdftotext, for the key check).
# Intermediates go to a temporary directory outside OUTDIR, removed at the end.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8

# 1 Villadossola (VB): flat ODF written by a script, exported by LibreOffice Writer
python3 "$SRC/d01_villadossola.py" "$T/deliberazione-villadossola-fodt.fodt"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$T" "$T/deliberazione-villadossola-fodt.fodt" >/dev/null 2>&1
mv "$T/deliberazione-villadossola-fodt.pdf" "$OUT/"

# 2 Orta Nova (FG): HTML printed by headless Chromium, two roll blocks side by side
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chr" \
  --print-to-pdf="$OUT/deliberazione-ortanova-duecolonne.pdf" "$SRC/d02_ortanova.html" >/dev/null 2>&1

# 3 Cupello (CH): ReportLab, Tw-justified lines, Tc-spaced headings
python3 "$SRC/d03_cupello.py" "$OUT/deliberazione-cupello-reportlab.pdf"

# 4 Budoni: python-docx .docx exported by LibreOffice Writer
python3 "$SRC/d04_budoni.py" "$T/deliberazione-budoni-word.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/deliberazione-budoni-word.docx" >/dev/null 2>&1
mv "$T/deliberazione-budoni-word.pdf" "$OUT/"

# 5 Sesta Godano (SP): pdfLaTeX
cp "$SRC/d05_sestagodano.tex" "$T/deliberazione-sestagodano-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-sestagodano-latex.tex >/dev/null; done)
mv "$T/deliberazione-sestagodano-latex.pdf" "$OUT/"

# 6 Specchia (LE): fpdf2, CID TrueType fonts, running head and foot, roll after the decision
python3 "$SRC/d06_specchia.py" "$OUT/deliberazione-specchia-fpdf.pdf"

# 7 Peveragno (CN): groff -ms + tbl -> PostScript -> Ghostscript
preconv -e utf-8 "$SRC/d07_peveragno.ms" | groff -t -ms -Tps -P-pa4 > "$T/d07.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/deliberazione-peveragno-groff.pdf"

# 8 Barumini (SU): Java + OpenPDF, one glyph per text matrix
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
mkdir -p "$T/j"
javac -encoding UTF-8 -cp "$CP" -d "$T/j" "$SRC/d08_barumini/Delibera.java"
java -cp "$CP:$T/j" Delibera "$OUT/deliberazione-barumini-openpdf.pdf"

# 9 Torre de' Passeri (PE): wkhtmltopdf, tables with merged cells
wkhtmltopdf -q -s A4 -T 14mm -B 14mm -L 18mm -R 16mm "$SRC/d09_torredepasseri.html" \
  "$OUT/deliberazione-torredepasseri-wkhtml.pdf" 2>/dev/null

# 10 Apricale (IM): 80-column report, a2ps -> PostScript -> Ghostscript
iconv -f utf-8 -t latin1 "$SRC/d10_apricale.txt" > "$T/d10.txt"
a2ps -q -1 -B --borders=no -R -L 84 --encoding=latin1 -M A4 -o "$T/d10.ps" "$T/d10.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/determinazione-apricale-a2ps.pdf"

# 11 Bibiana (TO): Go + go-pdf/fpdf
(cd "$SRC/d11_bibiana" && GOFLAGS=-mod=mod go run . "$OUT/determinazione-bibiana-gofpdf.pdf")

# 12 Rodi Garganico (FG): PDF written object by object, Form XObjects, out of reading order
python3 "$SRC/d12_rodigarganico.py" "$OUT/avviso-rodigarganico-handmade.pdf"

python3 "$SRC/keys_make.py"
