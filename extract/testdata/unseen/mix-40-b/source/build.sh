#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory, then keys.json.
# Needs: python3 (reportlab, python-docx, openpyxl), wkhtmltopdf, pdflatex (texlive-latex-base/-recommended),
# htmldoc, Java 17 + OpenPDF 1.3.43 jar (in ~/.m2), ghostscript (ps2pdf), LibreOffice, Go (module
# github.com/signintech/gopdf v0.29.0 via the Go proxy), gnumeric (ssconvert) with the it_IT.UTF-8 locale,
# chromium, poppler-utils.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d)
cd "$S"
python3 gorizia_reportlab.py "$O/deliberazione-gorizia-reportlab.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm -L 18mm -R 18mm ugento.html "$O/deliberazione-ugento-wkhtmltopdf.pdf" || true
pdflatex -interaction=nonstopmode -output-directory "$T" coros.tex >/dev/null
pdflatex -interaction=nonstopmode -output-directory "$T" coros.tex >/dev/null
cp "$T/coros.pdf" "$O/deliberazione-coros-latex.pdf"
htmldoc --webpage --charset iso-8859-15 -t pdf14 --size a4 --fontsize 10.5 --bodyfont helvetica --headfootfont helvetica \
  --headfootsize 8 --header "t.." --footer "./" --left 20mm --right 18mm --top 15mm --bottom 15mm \
  -f "$O/determinazione-santangeloinvado-htmldoc.pdf" santangeloinvado.html
J=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
javac -d "$T" -cp "$J" troia/TroiaDetermina.java
java -cp "$J:$T" TroiaDetermina "$O/determinazione-troia-primefaces.pdf"
python3 meilogu_ps.py "$T/det0058.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det0058.ps" "$O/determinazione-meilogu-ghostscript.pdf"
python3 valledoria_docx.py "$T/ordinanza-valledoria-polaris.docx"
cp ostra_bando.fodt "$T/bando-ostra-calligra.fodt"
cp sirolo_avviso.fodg "$T/avviso-sirolo-draw.fodg"
for f in ordinanza-valledoria-polaris.docx bando-ostra-calligra.fodt avviso-sirolo-draw.fodg; do
  soffice --headless --convert-to pdf --outdir "$T" "$T/$f" >/dev/null 2>&1
  cp "$T/${f%.*}.pdf" "$O/${f%.*}.pdf"
done
(cd udine_gopdf && go run . "$O/attestazione-udine-gopdf.pdf")
python3 bisenti_gnumeric.py "$T/allegato-bisenti.xlsx"
LC_ALL=it_IT.UTF-8 ssconvert --export-type=Gnumeric_pdf:pdf_assistant "$T/allegato-bisenti.xlsx" "$O/allegato-bisenti-gnumeric.pdf" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/convocazione-bucchianico-zimbra.pdf" "file://$S/bucchianico_zimbra.html" >/dev/null 2>&1
python3 make_keys.py
rm -rf "$T"
