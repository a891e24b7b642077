#!/bin/sh
# Rebuilds the 12 PDFs of set mix-46-c.
# usage: sh build.sh [OUTDIR] [WORKDIR]
#   OUTDIR  where the PDFs go (default: the folder above this one)
#   WORKDIR scratch folder holding the tool installs (default: /tmp/mix46c-work)
# One-time setup of WORKDIR (ordinary registry clients; nothing here is kept in source/):
#   pip install reportlab python-docx openpyxl
#   PYENV_VERSION=3.12.1 python3.12 -m pip install pdfme fonttools     # pdfme needs Python >= 3.12
#   (cd WORKDIR && npm init -y && npm install pagedjs docxtemplater pizzip @vivliostyle/cli)
#   Maven resolves docx4j 11.4.9 (+ export-fo) from Central on the first run.
# System tools: LibreOffice 7.4, Chromium, wkhtmltopdf 0.12.6, pdfTeX (texlive + beamer), Java 17.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=${1:-$(dirname "$S")}
W=${2:-/tmp/mix46c-work}
mkdir -p "$O" "$W"
CHROME="chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer"

# 1 Pavia di Udine – Giunta – ReportLab platypus
python3 "$S/01_paviadiudine_reportlab.py" "$O/deliberazione-paviadiudine-reportlab.pdf"

# 2 Mondavio – Consiglio – Word template filled by docxtemplater, converted by LibreOffice
python3 "$S/02_mondavio_template.py" "$W/mondavio-template.docx"
NODE_PATH="$W/node_modules" node "$S/02_mondavio_fill.js" "$W/mondavio-template.docx" "$W/deliberazione-mondavio-docxtemplater.docx"
soffice --headless --convert-to pdf --outdir "$O" "$W/deliberazione-mondavio-docxtemplater.docx" >/dev/null

# 3 Palagonia – Giunta Municipale – HTML + Paged.js polyfill, printed by headless Chromium
cp "$S/03_palagonia_pagedjs.html" "$W/p3.html"
cp "$W/node_modules/pagedjs/dist/paged.polyfill.js" "$W/paged.polyfill.js"
$CHROME --run-all-compositor-stages-before-draw --virtual-time-budget=15000 \
  --print-to-pdf="$O/deliberazione-palagonia-pagedjs.pdf" "file://$W/p3.html" 2>/dev/null

# 4 Torricella Peligna – determinazione – pdfme (Python 3.12)
PYENV_VERSION=3.12.1 python3.12 "$S/04_torricellapeligna_pdfme.py" "$O/determinazione-torricellapeligna-pdfme.pdf"

# 5 Cellamare – determinazione – Vivliostyle (CSS paged media) on Chromium
cp "$S/05_cellamare_vivliostyle.html" "$W/p5.html"
"$W/node_modules/.bin/vivliostyle" build "$W/p5.html" -o "$O/determinazione-cellamare-vivliostyle.pdf" \
  --executable-browser /usr/bin/chromium >/dev/null

# 6 Unione dei Comuni Elimo Ericini – determinazione – docx4j + docx4j-export-fo (Apache FOP)
rm -rf "$W/j6" && cp -r "$S/06_elimoericini_docx4j" "$W/j6"
(cd "$W/j6" && mvn -q compile dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null &&
  java -cp "target/classes:$(cat cp.txt)" DetElimo "$O/determinazione-elimoericini-docx4j.pdf" "$W/elimo.docx" 2>/dev/null)

# 7 Bari Sardo – ordinanza – pdfLaTeX
cp "$S/07_barisardo_ordinanza.tex" "$W/ord.tex"
(cd "$W" && pdflatex -interaction=nonstopmode ord.tex >/dev/null && cp ord.pdf "$O/ordinanza-barisardo-pdflatex.pdf")

# 8 Monterubbiano – avviso pubblico n. 3/2026 – QuarkXPress-like flyer layout, Chromium
$CHROME --print-to-pdf="$O/avviso-monterubbiano-quarkxpress.pdf" "file://$S/08_monterubbiano_avviso.html" 2>/dev/null

# 9 Premariacco – attestazione di pubblicazione – Django page rendered by wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm -L 20mm -R 20mm --title "Attestazione di pubblicazione" \
  "$S/09_premariacco_attestazione.html" "$O/attestazione-premariacco-django.pdf" 2>/dev/null

# 10 Alessano – Allegato A (Excel workbook) printed by LibreOffice Calc in the Italian locale
python3 "$S/10_alessano_allegato_xlsx.py" "$W/Allegato_A_tariffe_2026.xlsx"
(cd "$W" && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf Allegato_A_tariffe_2026.xlsx >/dev/null &&
  cp Allegato_A_tariffe_2026.pdf "$O/allegato-alessano-excel.pdf")

# 11 Scerni – convocazione del Consiglio – LaTeX beamer (two runs for the frame total)
cp "$S/11_scerni_convocazione_beamer.tex" "$W/conv.tex"
(cd "$W" && pdflatex -interaction=nonstopmode conv.tex >/dev/null && pdflatex -interaction=nonstopmode conv.tex >/dev/null &&
  cp conv.pdf "$O/convocazione-scerni-beamer.pdf")

# 12 Unione dei Comuni del Nord Ogliastra – avviso alla cittadinanza – Adobe Express-like flyer, Chromium
$CHROME --print-to-pdf="$O/avviso-nordogliastra-adobeexpress.pdf" "file://$S/12_nordogliastra_avviso.html" 2>/dev/null

ls -l "$O"/*.pdf
