#!/bin/sh
# Rebuilds the 12 PDFs of set mix-67-a into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx), LibreOffice (Writer), pdflatex (mathptmx, helvet,
# microtype, fancyhdr, lastpage, enumitem, multicol), enscript + ghostscript (ps2pdf), wkhtmltopdf,
# JDK 17 with OpenPDF 1.3.30 in ~/.m2, chromium, groff + preconv (tbl, ms), Go >= 1.21 (fetches
# github.com/go-pdf/fpdf v0.9.0), poppler-utils (pdftotext, for the key check).
# Intermediates go to a temporary directory outside OUTDIR, removed at the end; LibreOffice and
# Chromium run with private profiles inside it.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkdir -p "$T/rt"; chmod 700 "$T/rt"
export XDG_RUNTIME_DIR="$T/rt"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file://$T/lo --headless"

# 1 Priolo Gargallo (SR): python-docx Word model -> LibreOffice Writer
python3 "$SRC/d01_priologargallo.py" "$T/deliberazione-priologargallo-word.docx"
$LO --convert-to pdf --outdir "$T" "$T/deliberazione-priologargallo-word.docx" >/dev/null 2>&1
mv "$T/deliberazione-priologargallo-word.pdf" "$OUT/"

# 2 Ficarazzi (PA): ReportLab canvas, Tw-justified lines, Tc-spaced headings, header box top right
python3 "$SRC/d02_ficarazzi.py" "$OUT/deliberazione-ficarazzi-reportlab.pdf"

# 3 Palma Campania (NA): pdfLaTeX, numbered roll in two columns
cp "$SRC/d03_palmacampania.tex" "$T/deliberazione-palmacampania-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-palmacampania-latex.tex >/dev/null; done)
mv "$T/deliberazione-palmacampania-latex.pdf" "$OUT/"

# 4 Frasso Telesino (BN): 80-column Courier report, enscript -> PostScript -> Ghostscript
iconv -f utf-8 -t latin1 "$SRC/d04_frassotelesino.txt" > "$T/d04.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d04.ps" "$T/d04.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/determinazione-frassotelesino-enscript.pdf"

# 5 Decollatura (CZ): HTML printed by wkhtmltopdf, roll of the absent only
wkhtmltopdf -q --zoom 1.25 --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 16mm \
  "$SRC/d05_decollatura.html" "$OUT/deliberazione-decollatura-wkhtml.pdf" 2>/dev/null

# 6 Torano Castello (CS): Java + OpenPDF, one Tm + Tj per glyph, rotated stamp
CP=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
mkdir -p "$T/j"
javac -encoding UTF-8 -cp "$CP" -d "$T/j" "$SRC/d06_toranocastello/Verbale.java"
java -cp "$CP:$T/j" Verbale "$OUT/deliberazione-toranocastello-openpdf.pdf"

# 7 Unione di Comuni della Bassa Sabina (RI): HTML printed by headless Chromium, repeated running head
HOME="$T" chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chr" \
  --print-to-pdf="$OUT/deliberazione-unionebassasabina-chromium.pdf" "$SRC/d07_unionebassasabina.html" >/dev/null 2>&1

# 8 Olevano Romano (RM): groff -ms + tbl -> PostScript -> Ghostscript
preconv -e utf-8 "$SRC/d08_olevanoromano.ms" | groff -t -ms -Tps -P-pa4 > "$T/d08.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/deliberazione-olevanoromano-groff.pdf"

# 9 Pré-Saint-Didier (AO): fpdf2, CID TrueType fonts, header and footer on every page
python3 "$SRC/d09_presaintdidier.py" "$OUT/deliberazione-presaintdidier-fpdf.pdf"

# 10 Valpelline (AO): Go + go-pdf/fpdf
(cd "$SRC/d10_valpelline" && GOFLAGS=-mod=mod go run . "$OUT/determinazione-valpelline-gofpdf.pdf")

# 11 Basiliano (UD): flat ODF -> LibreOffice Writer, roll table with merged group rows
python3 "$SRC/d11_basiliano.py" "$T/deliberazione-basiliano-fodt.fodt"
$LO --convert-to pdf:writer_pdf_Export --outdir "$T" "$T/deliberazione-basiliano-fodt.fodt" >/dev/null 2>&1
mv "$T/deliberazione-basiliano-fodt.pdf" "$OUT/"

# 12 Povoletto (UD): PDF written object by object, Form XObjects, out of reading order
python3 "$SRC/d12_povoletto.py" "$OUT/deliberazione-povoletto-handmade.pdf"

python3 "$SRC/keys_make.py"
