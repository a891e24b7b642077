#!/bin/sh
# Rebuilds the 12 PDFs of mix-42-c into the folder above this one (or into $1).
# Needs: python3 with reportlab and openpyxl; wkhtmltopdf; perl with PDF::API2 (libpdf-api2-perl);
# ruby with prawn and prawn-table (ruby-prawn, ruby-prawn-table); Java 17 + Maven (openhtmltopdf
# from Maven Central); Go; chromium; pdflatex with beamer, lmodern, mathptmx; LibreOffice Calc;
# node with pdf-lib, @react-pdf/renderer and react (npm install here).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "${1:-$SRC/..}" && pwd)
[ -d "$SRC/node_modules" ] || (cd "$SRC" && npm install --silent)
ln -sfn "$SRC/node_modules" "$SRC/08_citerna_quark/node_modules"
ln -sfn "$SRC/node_modules" "$SRC/12_piegaro_reactpdf/node_modules"
python3 "$SRC/01_bussoleno_reportlab.py"            "$OUT/deliberazione-bussoleno-reportlab.pdf"
sh "$SRC/02_capua/build.sh"                          "$OUT/deliberazione-capua-wkhtmltopdf.pdf"
perl "$SRC/03_terredargine_pdfapi2.pl"               "$OUT/deliberazione-terredargine-pdfapi2.pdf"
ruby "$SRC/04_moglianoveneto_prawn.rb"               "$OUT/determinazione-moglianoveneto-prawn.pdf"
sh "$SRC/05_russi_openhtmltopdf/build.sh"            "$OUT/determinazione-russi-openhtmltopdf.pdf"
sh "$SRC/06_mesoraca_magic/build.sh"                 "$OUT/determinazione-mesoraca-magic.pdf"
sh "$SRC/07_positano_chrome/build.sh"                "$OUT/ordinanza-positano-chrome.pdf"
sh "$SRC/08_citerna_quark/build.sh"                  "$OUT/avviso-citerna-quarkxpress.pdf"
sh "$SRC/09_fuscaldo_latex/build.sh"                 "$OUT/attestazione-fuscaldo-latex.pdf"
sh "$SRC/10_agordo_excel/build.sh"                   "$OUT/allegato-agordo-excel.pdf"
sh "$SRC/11_sommariva_beamer/build.sh"               "$OUT/convocazione-sommarivadelbosco-beamer.pdf"
sh "$SRC/12_piegaro_reactpdf/build.sh"               "$OUT/avviso-piegaro-reactpdf.pdf"
# keys.json is written by make_keys.py (the Capua roll is read from 02_capua/roll.json);
# check_keys.py tests every keyed string against pdftotext -layout.
