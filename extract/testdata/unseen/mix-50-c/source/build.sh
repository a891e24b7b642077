#!/bin/sh
# Rebuilds the 12 PDFs of mix-50-c into the folder above this one (or into $1) and rewrites keys.json.
# Needs: python3 (reportlab, openpyxl), wkhtmltopdf, chromium, java 17 + the PDFBox/pdfbox-graphics2d jars in ~/.m2,
# perl + libpdf-create-perl, gcc + libhpdf-dev, texlive-xetex, pdflatex with beamer, node + npm (pdfjs), LibreOffice Calc.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(cd "${1:-$S/..}" && pwd)
python3 "$S/delibera_bivongi.py"        "$O/delibera-bivongi-reportlab.pdf"
sh "$S/delibera_paularo.sh"             "$O/delibera-paularo-wickedpdf.pdf"
sh "$S/delibera_planargia.sh"           "$O/delibera-planargia-swing.pdf"
perl "$S/determina_calvello.pl"         "$O/determina-calvello-pdfcreate.pdf"
sh "$S/determina_santadi.sh"            "$O/determina-santadi-libharu.pdf"
sh "$S/determina_cordovado.sh"          "$O/determina-cordovado-xelatex.pdf"
sh "$S/ordinanza_sauris.sh"             "$O/ordinanza-sauris-pdfjs.pdf"
sh "$S/avviso_fluminimaggiore.sh"       "$O/avviso-fluminimaggiore-quarkxpress.pdf"
sh "$S/certificato_tramutola.sh"        "$O/certificato-tramutola-lyx.pdf"
sh "$S/allegato_laureana.sh"            "$O/allegato-laureana-excel.pdf"
sh "$S/convocazione_mammola.sh"         "$O/convocazione-mammola-typora.pdf"
sh "$S/avviso_viggianello.sh"           "$O/avviso-viggianello-beamer.pdf"
python3 "$S/keys.py" "$O/keys.json"
python3 "$S/check_keys.py" "$O"
