#!/bin/sh
# Rebuilds the 12 PDFs of mix-48-b into the parent directory.
# Needs: php-cli + php-tcpdf, python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice,
# chromium, wkhtmltopdf, pdflatex with beamer, Java 17 and OpenPDF 1.3.30 in the local Maven repository.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}

# 1 TCPDF (PHP)
php "$SRC/delibera_venaria_bludata.php" "$OUT/delibera-venaria-bludata.pdf"
# 2 python-docx -> LibreOffice
python3 "$SRC/delibera_rosolina_parsec.py" "$TMP/delibera-rosolina-parsec.docx"
(cd "$TMP" && soffice --headless --convert-to pdf delibera-rosolina-parsec.docx >/dev/null)
cp "$TMP/delibera-rosolina-parsec.pdf" "$OUT/"
# 3 fpdf2
python3 "$SRC/delibera_castelritaldi_omnis.py" "$OUT/delibera-castelritaldi-omnis.pdf"
# 4 Chromium from HTML
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determina-santanastasia-abcpdf.pdf" "$SRC/determina_santanastasia_abcpdf.html"
# 5 ReportLab, fixed pitch
python3 "$SRC/determina_davoli_natural.py" "$OUT/determina-davoli-natural.pdf"
# 6 OpenPDF (Java)
mkdir -p "$TMP/cls"
javac -d "$TMP/cls" -cp "$OPENPDF" "$SRC/DeterminaAltoAstico.java"
java -cp "$TMP/cls:$OPENPDF" DeterminaAltoAstico "$OUT/determina-altoastico-deltadator.pdf"
# 7 LibreOffice Writer from flat ODT
cp "$SRC/ordinanza_poirino_textedit.fodt" "$TMP/ordinanza-poirino-textedit.fodt"
(cd "$TMP" && soffice --headless --convert-to pdf ordinanza-poirino-textedit.fodt >/dev/null)
cp "$TMP/ordinanza-poirino-textedit.pdf" "$OUT/"
# 8 ReportLab canvas + frames
python3 "$SRC/avviso_molinella_quarkxpress.py" "$OUT/avviso-molinella-quarkxpress.pdf"
# 9 wkhtmltopdf
wkhtmltopdf -q --page-size A4 -T 14 -B 14 -L 12 -R 12 --title "Attestazione di pubblicazione" \
  "$SRC/attestazione_crevalcore_cognos.html" "$OUT/attestazione-crevalcore-cognos.pdf"
# 10 openpyxl -> LibreOffice Calc (Italian locale for 1.200,00)
python3 "$SRC/allegato_ravello_excel.py" "$TMP/allegato-ravello-excel.xlsx"
(cd "$TMP" && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf allegato-ravello-excel.xlsx >/dev/null)
cp "$TMP/allegato-ravello-excel.pdf" "$OUT/"
# 11 pdflatex + beamer
cp "$SRC/convocazione_attigliano_beamer.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode convocazione_attigliano_beamer.tex >/dev/null && pdflatex -interaction=nonstopmode convocazione_attigliano_beamer.tex >/dev/null)
cp "$TMP/convocazione_attigliano_beamer.pdf" "$OUT/convocazione-attigliano-beamer.pdf"
# 12 ReportLab, Notepad print
python3 "$SRC/avviso_briatico_notepad.py" "$OUT/avviso-briatico-notepad.pdf"

rm -rf "$TMP"
ls -l "$OUT"/*.pdf
