#!/bin/sh
# Rebuilds the 12 PDFs of set mix-67-c into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice (Writer, Calc), chromium, wkhtmltopdf,
# pdflatex (lmodern, microtype, fancyhdr, lastpage, enumitem), groff with gropdf and tbl, enscript + ghostscript,
# Java 17 with OpenPDF 1.3.30 (Maven Central: com.github.librepdf:openpdf:1.3.30, looked up in ~/.m2 or $OPENPDF_JAR),
# poppler-utils for the check.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d /tmp/mix67c-build.XXXXXX)
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"   # private profile: no collision with other builds
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8                          # Calc prints 1.234,56
OPENPDF_JAR=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
rm -f "$OUT"/*.pdf "$OUT/keys.json"

# 1 Consorzio di Bonifica Bacchiglione: python-docx -> LibreOffice Writer
python3 "$SRC/d01_bacchiglione.py" "$T/deliberazione-bacchiglione-word.docx"
$LO --convert-to pdf "$T/deliberazione-bacchiglione-word.docx" --outdir "$OUT" >/dev/null 2>&1
# 2 C.I.S.S. 38: headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-ciss38-chromium.pdf" "file://$SRC/d02_ciss38.html" 2>/dev/null
# 3 Comunità Montana di Valle Sabbia: pdfLaTeX, two runs (lastpage)
cp "$SRC/d03_vallesabbia.tex" "$T/deliberazione-vallesabbia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-vallesabbia-latex.tex >/dev/null \
         && pdflatex -interaction=nonstopmode deliberazione-vallesabbia-latex.tex >/dev/null)
mv "$T/deliberazione-vallesabbia-latex.pdf" "$OUT/"
# 4 ASL Taranto: ReportLab, Form XObjects, Tw
python3 "$SRC/d04_asltaranto.py" "$OUT/deliberazione-asltaranto-reportlab.pdf"
# 5 Consorzio di Bonifica del Sannio Alifano: PDF written by hand, glyph by glyph, rotated stamp
python3 "$SRC/d05_sannioalifano.py" "$OUT/deliberazione-sannioalifano-glyphs.pdf"
# 6 Parco Naturale Regionale Monti Lucretili: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 14mm -B 16mm -L 16mm -R 16mm "$SRC/d06_lucretili.html" "$OUT/determinazione-lucretili-wkhtml.pdf" 2>/dev/null
# 7 ATO Toscana Costa: fpdf2, CID fonts, two columns
python3 "$SRC/d07_atotoscanacosta.py" "$OUT/determinazione-atotoscanacosta-fpdf2.pdf"
# 8 Provincia di Lucca: groff -ms + tbl, gropdf
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d08_provlucca.ms" > "$OUT/decreto-provlucca-groff.pdf"
# 9 ASP Daniele Moro: OpenPDF (Java single-file program)
java -cp "$OPENPDF_JAR" "$SRC/D09DanieleMoro.java" "$OUT/avviso-danielemoro-openpdf.pdf"
# 10 Unione dei Comuni Metalla e il Mare: flat ODF -> LibreOffice Writer
cp "$SRC/d10_metalla.fodt" "$T/convocazione-metalla-writer.fodt"
$LO --convert-to pdf:writer_pdf_Export "$T/convocazione-metalla-writer.fodt" --outdir "$OUT" >/dev/null 2>&1
# 11 Provincia di Caserta: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:36:36 -X latin1 -o "$T/d11.ps" "$SRC/d11_provcaserta.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d11.ps" "$OUT/attestazione-provcaserta-enscript.pdf"
# 12 Consorzio di Bonifica Cellina Meduna: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_cellinameduna.py" "$T/allegato-cellinameduna-calc.xlsx"
$LO --convert-to pdf "$T/allegato-cellinameduna-calc.xlsx" --outdir "$OUT" >/dev/null 2>&1

rm -rf "$T"
python3 "$SRC/keys_make.py"
