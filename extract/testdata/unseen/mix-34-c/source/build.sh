#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR).
# Needs: python3 (fpdf2, reportlab, python-docx), Java 17 + OpenPDF 1.3.43 jar
# (mvn dependency:get -Dartifact=com.github.librepdf:openpdf:1.3.43), LibreOffice,
# chromium, wkhtmltopdf, php-cli + php-tcpdf, pdflatex (texlive), ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
JAR=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}

# 1 Greve in Chianti - Giunta deliberation, Java/OpenPDF
mkdir -p "$TMP/greve"
javac -d "$TMP/greve" -cp "$JAR" "$SRC/greve/Greve.java"
java -cp "$JAR:$TMP/greve" Greve "$OUT/delibera-grevechianti-openpdf.pdf"

# 2 Morano Calabro - Consiglio deliberation, .docx (python-docx) -> LibreOffice
python3 "$SRC/morano/morano.py" "$TMP/delibera-moranocalabro-onlyoffice.docx"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/delibera-moranocalabro-onlyoffice.docx"

# 3 Unione dei Comuni del Pratomagno - Giunta dell'Unione, HTML -> Chromium (browser print look)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/delibera-pratomagno-edgeprint.pdf" "$SRC/pratomagno/delibera.html"

# 4 Gressan - determinazione, fpdf2
python3 "$SRC/gressan/gressan.py" "$OUT/determina-gressan-foxit.pdf"

# 5 Egna/Neumarkt - bilingual determinazione, pdfLaTeX (two runs for the page total)
pdflatex -interaction=nonstopmode -output-directory="$TMP" "$SRC/egna/determina.tex" >/dev/null
pdflatex -interaction=nonstopmode -output-directory="$TMP" "$SRC/egna/determina.tex" >/dev/null
cp "$TMP/determina.pdf" "$OUT/determina-egna-latex.pdf"

# 6 Ronciglione - determinazione, flat ODT -> LibreOffice
python3 "$SRC/ronciglione/make_fodt.py" "$TMP/determina-ronciglione-collabora.fodt"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/determina-ronciglione-collabora.fodt"

# 7 Roccella Ionica - ordinanza, PHP + TCPDF
php "$SRC/roccella/ordinanza.php" "$OUT/ordinanza-roccellaionica-laravel.pdf"

# 8 San Giorgio di Nogaro - bando n. 2/2026, HTML -> wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15 -B 15 -L 17 -R 17 --title "Bando n. 2/2026" \
  "$SRC/sangiorgio/bando.html" "$OUT/bando-sangiorgiodinogaro-typo3.pdf" || true

# 9 Anghiari - attestazione di pubblicazione, ReportLab
python3 "$SRC/anghiari/attestazione.py" "$OUT/attestazione-anghiari-reportlab.pdf"

# 10 Primiero San Martino di Castrozza - allegato A (tariffs), flat ODS -> LibreOffice Calc
python3 "$SRC/primiero/make_fods.py" "$TMP/allegato-primiero-excel.fods"
soffice --headless --convert-to pdf --outdir "$OUT" "$TMP/allegato-primiero-excel.fods"

# 11 Valtournenche - convocazione del Consiglio, hand-written PostScript -> ps2pdf
python3 "$SRC/valtournenche/make_ps.py" "$TMP/convocazione.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/convocazione.ps" "$OUT/convocazione-valtournenche-wordperfect.pdf"

# 12 Anzio - avviso alla cittadinanza, pdfLaTeX
pdflatex -interaction=nonstopmode -output-directory="$TMP" "$SRC/anzio/avviso.tex" >/dev/null
cp "$TMP/avviso.pdf" "$OUT/avviso-anzio-beamer.pdf"

rm -rf "$TMP"
