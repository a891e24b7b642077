#!/bin/sh
# Rebuilds the 12 PDFs of this set into the folder above source/.
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy), Java 17 + openpdf-1.3.43.jar (OPENPDF_JAR or ~/.m2),
# php-cli + php-tcpdf, chromium, wkhtmltopdf, LibreOffice (writer + calc), pdflatex (texlive-latex-base,
# lmodern, psnfss), enscript + ghostscript, node + pdfmake 0.2 (NODE_PATH), poppler-utils for the key check.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S")
sh "$S/motta_reportlab/build.sh"        "$O/deliberazione-mottadilivenza-studiostorti.pdf"
sh "$S/montegiorgio_openpdf/build.sh"   "$O/deliberazione-montegiorgio-openpdf.pdf"
sh "$S/trulli_chromium/build.sh"        "$O/deliberazione-unionetrulli-chromium.pdf"
sh "$S/buja_wkhtmltopdf/build.sh"       "$O/determinazione-buja-wkhtmltopdf.pdf"
sh "$S/cepagatti_tcpdf/build.sh"        "$O/determinazione-cepagatti-infordata.pdf"
sh "$S/pomarico_fpdf2/build.sh"         "$O/determinazione-pomarico-namirial.pdf"
sh "$S/tremiti_docx/build.sh"           "$O/ordinanza-isoletremiti-docx.pdf"
sh "$S/feltrina_odfpy/build.sh"         "$O/avviso-unionefeltrina-odfpy.pdf"
sh "$S/corropoli_enscript/build.sh"     "$O/attestazione-corropoli-enscript.pdf"
sh "$S/acerenza_calc/build.sh"          "$O/allegato-acerenza-calc.pdf"
sh "$S/mondolfo_latex/build.sh"         "$O/convocazione-mondolfo-latex.pdf"
sh "$S/staranzano_pdfmake/build.sh"     "$O/avviso-staranzano-pdfmake.pdf"
sleep 1
python3 "$S/make_keys.py"
