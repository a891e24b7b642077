#!/bin/sh
# Rebuilds the 12 PDFs of set mix-68-b into the parent directory (OUTDIR), then writes keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, Chromium, wkhtmltopdf,
# groff (tbl, gropdf), enscript + Ghostscript (ps2pdf), pdflatex (T1 Computer Modern WITHOUT cm-super, so
# that mktexpk makes Type 3 bitmap fonts; microtype, fancyhdr, lastpage, enumitem), Java 17 with
# OpenPDF 1.3.30 and PDFBox 3.0.3 (+ fontbox, pdfbox-io, commons-logging 1.2) in ~/.m2 (Maven Central),
# Go with github.com/go-pdf/fpdf v0.9.0 (module proxy), the it_IT.UTF-8 locale, poppler-utils.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d /tmp/mix68b-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
LO="-env:UserInstallation=file://$T/lo-profile"
M="$HOME/.m2/repository"
OPENPDF="$M/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
PDFBOX="$M/org/apache/pdfbox/pdfbox/3.0.3/pdfbox-3.0.3.jar:$M/org/apache/pdfbox/fontbox/3.0.3/fontbox-3.0.3.jar:$M/org/apache/pdfbox/pdfbox-io/3.0.3/pdfbox-io-3.0.3.jar:$M/commons-logging/commons-logging/1.2/commons-logging-1.2.jar"
for j in "$OPENPDF" $(echo "$PDFBOX" | tr ':' ' '); do
  [ -f "$j" ] || { echo "missing $j (mvn dependency:get -Dartifact=...)" >&2; exit 1; }
done
rm -f "$OUT"/*.pdf

# 1 Santa Cesarea Terme (LE), ordinanza contingibile e urgente: ReportLab, one Tm+Tj per glyph, no spaces, rotated stamp
python3 "$SRC/d01_santacesarea.py" "$OUT/ordinanza-santacesareaterme-kibernetes.pdf"

# 2 Grumo Appula (BA), ordinanza dirigenziale Polizia Locale: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 14mm -B 14mm -L 16mm -R 16mm --zoom 1.35 "$SRC/d02_grumoappula.html" "$OUT/ordinanza-grumoappula-sicraweb.pdf" 2>/dev/null

# 3 Torre Santa Susanna (BR), decreto sindacale di nomina della Giunta: groff -ms + tbl -> gropdf
preconv -e utf-8 "$SRC/d03_torresantasusanna.ms" | tbl | groff -ms -Tpdf -P-pa4 -dpaper=a4 > "$OUT/decreto-torresantasusanna-groff.pdf"

# 4 Valsinni (MT), decreto del Sindaco: fpdf2, DejaVu as CID Type0 fonts, number only in a tilted stamp
python3 "$SRC/d04_valsinni.py" "$OUT/decreto-valsinni-halley.pdf"

# 5 Pescopagano (PZ), ordinanza: pdfLaTeX, Type 3 bitmap fonts, letter-spaced heading, date only in words
cp "$SRC/d05_pescopagano.tex" "$T/ordinanza-pescopagano-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode ordinanza-pescopagano-latex.tex >/dev/null; done)
mv "$T/ordinanza-pescopagano-latex.pdf" "$OUT/"

# 6 Caccuri (KR), ordinanza antincendio over 3 pages: python-docx -> LibreOffice Writer, header/footer on every page
python3 "$SRC/d06_caccuri.py" "$T/ordinanza-caccuri-word.docx"
soffice "$LO" --headless --convert-to pdf --outdir "$T" "$T/ordinanza-caccuri-word.docx" >/dev/null 2>&1
mv "$T/ordinanza-caccuri-word.pdf" "$OUT/"

# 7 Serrastretta (CZ), decreto sindacale di nomina dei Responsabili di Area: headless Chromium, table with merged cells
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer \
  --print-to-pdf="$OUT/decreto-serrastretta-chromium.pdf" "file://$SRC/d07_serrastretta.html" 2>/dev/null

# 8 Citta' Metropolitana di Palermo, decreto del Sindaco Metropolitano: Java + OpenPDF, page events
mkdir -p "$T/j8"
javac -encoding UTF-8 -cp "$OPENPDF" -d "$T/j8" "$SRC/d08_cmpalermo/CmPalermoDecreto.java"
java -cp "$OPENPDF:$T/j8" CmPalermoDecreto "$OUT/decreto-cmpalermo-openpdf.pdf"

# 9 Santa Venerina (CT), ordinanza: 80-column Courier report, enscript (Latin-1) + Ghostscript
iconv -f utf-8 -t latin1 "$SRC/d09_santavenerina.txt" > "$T/d09.txt"
enscript -q -B -f Courier10 -M A4 --margins=60:40:36:30 -X latin1 -o "$T/d09.ps" "$T/d09.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/ordinanza-santavenerina-as400.pdf"

# 10 Bonarcado (OR), ordinanza: Java + PDFBox 3, Form XObject letterhead, out of reading order, Tw/Tc
mkdir -p "$T/j10"
javac -encoding UTF-8 -cp "$PDFBOX" -d "$T/j10" "$SRC/d10_bonarcado/BonarcadoOrdinanza.java"
java -cp "$PDFBOX:$T/j10" BonarcadoOrdinanza "$OUT/ordinanza-bonarcado-pdfbox.pdf" 2>/dev/null

# 11 Ittireddu (SS), certificato di pubblicazione: Go + go-pdf/fpdf
(cd "$SRC/d11_ittireddu" && GOFLAGS=-modcacherw go run . "$OUT/attestazione-ittireddu-gofpdf.pdf")

# 12 Cosoleto (RC), Allegato A to an ordinanza: openpyxl -> LibreOffice Calc (it_IT locale for 1.650)
python3 "$SRC/d12_cosoleto.py" "$T/allegato-cosoleto-calc.xlsx"
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice "$LO" --headless --convert-to pdf --outdir "$T" "$T/allegato-cosoleto-calc.xlsx" >/dev/null 2>&1
mv "$T/allegato-cosoleto-calc.pdf" "$OUT/"

python3 "$SRC/keys_make.py"
