#!/bin/sh
# Rebuilds the 12 PDFs of set mix-57-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, weasyprint), LibreOffice (soffice),
# chromium, wkhtmltopdf, ghostscript (ps2pdf), Java 17 with PDFBox 2.0.31 jars in ~/.m2.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
mkdir -p "$O/scratch"
python3 "$S/g01_pioltello_ancilab.py"       "$O/delibera-giunta-pioltello-ancilab.pdf"
"$S/g02_aulla_vargroup.sh"                   "$S/g02_aulla_vargroup.html" "$O/delibera-consiglio-aulla-vargroup.pdf"
python3 "$S/g03_comino_noccioli.py"          "$O/delibera-giunta-unionecomino-noccioli.pdf"
python3 "$S/g04_nembro_cel.py"               "$O/determina-nembro-cel.pdf"
M2=$HOME/.m2/repository
CP=$M2/org/apache/pdfbox/pdfbox/2.0.31/pdfbox-2.0.31.jar:$M2/org/apache/pdfbox/fontbox/2.0.31/fontbox-2.0.31.jar:$M2/commons-logging/commons-logging/1.2/commons-logging-1.2.jar
mkdir -p "$O/scratch/java"
javac -d "$O/scratch/java" -cp "$CP" "$S/G05Cisterna.java"
java -cp "$O/scratch/java:$CP" G05Cisterna "$O/determina-cisterna-bluenext.pdf" 2>/dev/null
python3 "$S/g06_crespina_lutech.py"          "$O/determina-crespina-lutech.pdf"
python3 "$S/g07_carsoli_emacs.py"            "$S/ordinanza-carsoli.txt" "$O/ordinanza-carsoli-emacs.pdf"
python3 "$S/g08_mentana_magnolia.py"         "$S/g08_mentana_magnolia.html" "$O/avviso-mentana-magnolia.pdf"
python3 "$S/g09_giussano_reportlab.py"       "$O/attestazione-giussano-reportlab.pdf"
python3 "$S/g10_versilia_openpyxl.py"        "$O/allegato-versilia-openpyxl.pdf"
"$S/g11_moscufo_stackedit.sh"                "$S/g11_moscufo_stackedit.html" "$O/convocazione-moscufo-stackedit.pdf"
"$S/g12_lamporecchio_googleslides.sh"        "$S/g12_lamporecchio_googleslides.html" "$O/avviso-lamporecchio-googleslides.pdf" 2>/dev/null
python3 "$S/check_keys.py" "$O"
