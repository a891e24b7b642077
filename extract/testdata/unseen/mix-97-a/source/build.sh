#!/bin/sh
# Rebuilds the 12 PDFs of set mix-97-a into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf, enscript + ghostscript,
# groff (gropdf), pdflatex (lmodern, microtype, fancyhdr), Java 17 + OpenPDF 1.3.30 from ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="soffice -env:UserInstallation=file:///tmp/lo-97a --headless"
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# Goriano Sicoli (AQ) - "Halley" house style
python3 "$SRC/d01_goriano_delibera.py" "$OUT/deliberazione-gorianosicoli-halley.pdf"
enscript -B -f Courier10 -M A4 --margins=50:40:30:30 -X latin1 -o "$T/d02.ps" "$SRC/d02_goriano_determina.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d02.ps" "$OUT/determinazione-gorianosicoli-halley.pdf"
python3 "$SRC/d03_goriano_ordinanza.py" "$OUT/ordinanza-gorianosicoli-halley.pdf"
groff -ms -t -Tpdf -P-pa4 "$SRC/d04_goriano_attestazione.ms" > "$OUT/attestazione-gorianosicoli-halley.pdf"
# Poggio Sannita (IS) - "Sicraweb" house style
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d05_poggio_delibera.html" "$OUT/deliberazione-poggiosannita-sicraweb.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-97a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-poggiosannita-sicraweb.pdf" "file://$SRC/d06_poggio_determina.html" 2>/dev/null
python3 "$SRC/d07_poggio_decreto.py" "$OUT/decreto-poggiosannita-sicraweb.pdf"
python3 "$SRC/d08_poggio_avviso.py" "$T/avviso-poggiosannita-sicraweb.docx"
$LO --convert-to pdf "$T/avviso-poggiosannita-sicraweb.docx" --outdir "$OUT" >/dev/null
# Guardia Perticara (PZ) - "APKAPPA" house style
cp "$SRC/d09_guardia_delibera.html" "$T/deliberazione-guardiaperticara-apkappa.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-guardiaperticara-apkappa.html" --outdir "$OUT" >/dev/null
cp "$SRC/d10_guardia_determina.tex" "$T/determinazione-guardiaperticara-apkappa.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-guardiaperticara-apkappa.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-guardiaperticara-apkappa.tex >/dev/null)
mv "$T/determinazione-guardiaperticara-apkappa.pdf" "$OUT/"
javac -d "$T" -cp "$OPENPDF" "$SRC/D11GuardiaOrdinanza.java"
java -cp "$T:$OPENPDF" D11GuardiaOrdinanza "$OUT/ordinanza-guardiaperticara-apkappa.pdf"
python3 "$SRC/d12_guardia_avviso.py" "$OUT/avviso-guardiaperticara-apkappa.pdf"
rm -rf "$T"
