#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/ (OUTDIR) and keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, pikepdf), php + php-tcpdf,
# Java 17 with OpenPDF 1.3.43 and iText 7.2.5 (+ slf4j-api, bcprov) in ~/.m2, LibreOffice,
# wkhtmltopdf, chromium, pdflatex (helvet, fancyhdr, eurosym), groff, ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B=$(mktemp -d)
R=$HOME/.m2/repository
OPENPDF=$R/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
ITEXT=$R/com/itextpdf/kernel/7.2.5/kernel-7.2.5.jar:$R/com/itextpdf/io/7.2.5/io-7.2.5.jar:$R/com/itextpdf/layout/7.2.5/layout-7.2.5.jar:$R/com/itextpdf/commons/7.2.5/commons-7.2.5.jar:$R/org/slf4j/slf4j-api/1.7.36/slf4j-api-1.7.36.jar:$R/org/bouncycastle/bcprov-jdk15on/1.70/bcprov-jdk15on-1.70.jar

# 1 Venzone - Giunta (OpenPDF)
javac -d "$B" -cp "$OPENPDF" "$SRC/venzone/Venzone.java"
java -cp "$B:$OPENPDF" Venzone "$OUT/delibera-venzone-windev.pdf"
# 2 Capestrano - Consiglio (python-docx -> LibreOffice)
python3 "$SRC/capestrano/capestrano.py" "$B/delibera-capestrano.docx"
(cd "$B" && soffice --headless --convert-to pdf delibera-capestrano.docx >/dev/null)
cp "$B/delibera-capestrano.pdf" "$OUT/delibera-capestrano-abruzzoengineering.pdf"
# 3 Deliceto - Giunta (wkhtmltopdf)
wkhtmltopdf -q --enable-local-file-access -s A4 -T 15mm -B 18mm -L 17mm -R 17mm "$SRC/deliceto/deliceto.html" "$OUT/delibera-deliceto-innovapuglia.pdf" || true
# 4 Chions - determinazione (TCPDF)
php "$SRC/chions/chions.php" "$OUT/determina-chions-uniface.pdf"
# 5 Apiro - determinazione (ReportLab)
python3 "$SRC/apiro/apiro.py" "$OUT/determina-apiro-lotusapproach.pdf"
# 6 Calimera - determinazione (fpdf2)
python3 "$SRC/calimera/calimera.py" "$OUT/determina-calimera-paradox.pdf"
# 7 Castignano - ordinanza (pdfLaTeX)
pdflatex -interaction=nonstopmode -output-directory "$B" "$SRC/castignano/castignano.tex" >/dev/null
cp "$B/castignano.pdf" "$OUT/ordinanza-castignano-pdflatex.pdf"
# 8 Unione Valle del Cedrino - avviso n. 3 (iText 7)
javac -d "$B" -cp "$ITEXT" "$SRC/cedrino/Cedrino.java"
java -cp "$B:$ITEXT" Cedrino "$OUT/avviso-cedrino-quarkxpress.pdf" 2>/dev/null
# 9 Paglieta - certificato di pubblicazione (groff -ms -> PostScript -> Ghostscript)
groff -k -t -ms -Tps -P-pa4 "$SRC/paglieta/paglieta.ms" > "$B/paglieta.ps"
ps2pdf -sPAPERSIZE=a4 "$B/paglieta.ps" "$OUT/attestazione-paglieta-dbase.pdf"
# 10 Unione Colline del Medio Vomano - allegato (openpyxl .xlsx -> LibreOffice Calc)
python3 "$SRC/mediovomano/mediovomano.py" "$B/allegato-mediovomano.xlsx"
(cd "$B" && soffice --headless --convert-to pdf allegato-mediovomano.xlsx >/dev/null)
cp "$B/allegato-mediovomano.pdf" "$OUT/allegato-mediovomano-excel.pdf"
# 11 Budoia - convocazione (flat ODT -> LibreOffice Writer)
cp "$SRC/budoia/budoia.fodt" "$B/convocazione-budoia.fodt"
(cd "$B" && soffice --headless --convert-to pdf convocazione-budoia.fodt >/dev/null)
cp "$B/convocazione-budoia.pdf" "$OUT/convocazione-budoia-letterwizard.pdf"
# 12 Orani - avviso (Chromium print of an HTML page, Info dictionary set as Safari's)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/avviso-orani-safari.pdf" "$SRC/orani/orani.html" 2>/dev/null
python3 "$SRC/orani/setmeta.py" "$OUT/avviso-orani-safari.pdf"

python3 "$SRC/keys/make_keys.py"
python3 "$SRC/keys/check_keys.py"
rm -rf "$B"
