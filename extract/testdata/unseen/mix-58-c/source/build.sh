#!/bin/sh
# Rebuilds all 12 PDFs into the parent directory of this script (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, odfpy), php-cli + php-tcpdf, chromium,
# wkhtmltopdf, libreoffice (soffice), ghostscript.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S")
python3 "$S/d01_cartigliano.py" "$O/deliberazione-cartigliano-servoy.pdf"
"$S/d02_castelviscardo.sh" "$S/d02_castelviscardo.html" "$O/deliberazione-castelviscardo-evopdf.pdf"
"$S/d03_settecomuni.sh" "$O"
python3 "$S/d04_aiellocalabro.py" "$O/determinazione-aiellocalabro-reportlab.pdf"
"$S/d05_marinagioiosa.sh" "$S/d05_marinagioiosa.html" "$O/determinazione-marinadigioiosaionica-koolreport.pdf"
php "$S/d06_scheggino.php" "$O/determinazione-scheggino-reportico.pdf"
python3 "$S/d07_zambrone.py" "$O/ordinanza-zambrone-lazreport.pdf"
"$S/d08_satriano.sh" "$S/d08_satriano.html" "$O/avviso-satrianodilucania-dinktopdf.pdf"
php "$S/d09_castegnero.php" "$O/attestazione-castegnero-openweb.pdf"
"$S/d10_grottole.sh" "$O"
"$S/d11_papozze.sh" "$O"
"$S/d12_vallodinera.sh" "$O"
python3 "$S/check_keys.py" "$O"
