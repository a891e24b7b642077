#!/bin/sh
# Rebuilds the 12 PDFs of set mix-60-b into the parent directory (OUTDIR); intermediates go to a mktemp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf, groff (gropdf),
# enscript + ghostscript, pdflatex (mathptmx, helvet, fancyhdr, lastpage, enumitem), Go >= 1.21,
# JDK 17 + OpenPDF 1.3.30 in ~/.m2 (mvn dependency:get -Dartifact=com.github.librepdf:openpdf:1.3.30),
# Debian libpdfbox-java 1.8 (/usr/share/java/pdfbox.jar, fontbox.jar, commons-logging.jar).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Nalles/Nals: Java + OpenPDF, CID (Identity-H) fonts
sh "$S/d01/build.sh" "$O/deliberazione-nalles-gemnet.pdf" "$T"
# 2 Santa Maria di Sala: python-docx -> LibreOffice Writer
python3 "$S/d02_santamariadisala.py" "$T/deliberazione-santamariadisala-sfera.docx"
soffice --headless --convert-to pdf --outdir "$O" "$T/deliberazione-santamariadisala-sfera.docx" >/dev/null
# 3 Formigine: reportlab, header drawn after the body, Tw justification
python3 "$S/d03_formigine.py" "$O/deliberazione-formigine-attiweb.pdf"
# 4 Consorzio di Bonifica Pianura Friulana: fpdf2, header/footer on every page
python3 "$S/d04_pianurafriulana.py" "$O/deliberazione-pianurafriulana-consorzinet.pdf"
# 5 Provincia di Pistoia: Chromium, numbers only in the @page footer
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chr" \
  --print-to-pdf="$O/determinazione-provpistoia-attiwebpa.pdf" "file://$S/d05_provpistoia.html" 2>/dev/null
# 6 Calenzano: groff -ms + tbl -> gropdf
groff -k -t -ms -Tpdf -P-pa4 "$S/d06_calenzano.ms" > "$O/determinazione-calenzano-groff.pdf"
# 7 Tenno: pdfLaTeX
cp "$S/d07_tenno.tex" "$T/ordinanza-tenno-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode ordinanza-tenno-latex.tex >/dev/null && pdflatex -interaction=nonstopmode ordinanza-tenno-latex.tex >/dev/null)
mv "$T/ordinanza-tenno-latex.pdf" "$O/"
# 8 Unione dei Comuni del Distretto Ceramico: hand-rolled Go PDF writer, one Tm+Tj per glyph
(cd "$S/d08" && GOFLAGS=-buildvcs=false go build -o "$T/ceramicoatti" . ) && "$T/ceramicoatti" "$O/decreto-distrettoceramico-goatti.pdf"
# 9 Gabicce Mare: wkhtmltopdf
wkhtmltopdf -q --zoom 1.2 -s A4 -T 12mm -B 12mm -L 12mm -R 12mm "$S/d09_gabiccemare.html" "$O/avviso-gabiccemare-portalecomuni.pdf" 2>/dev/null
# 10 Lucignano: openpyxl -> LibreOffice Calc
python3 "$S/d10_lucignano.py" "$T/allegato-lucignano-calc.xlsx"
soffice --headless --convert-to pdf --outdir "$O" "$T/allegato-lucignano-calc.xlsx" >/dev/null
# 11 San Giovanni al Natisone: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:30 -X latin1 -o "$T/d11.ps" "$S/d11_sangiovanninatisone.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$O/attestazione-sangiovanninatisone-albosrv.pdf"
# 12 Jesolo: Java + PDFBox 1.8, rotated protocol stamp, Tc heading
sh "$S/d12/build.sh" "$O/convocazione-jesolo-segreterianet.pdf" "$T" 2>/dev/null
rm -rf "$T"
