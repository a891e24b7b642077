#!/bin/bash
# Rebuilds the 12 PDFs of this set into the folder above source/.
# Needs: python3 (python-docx, reportlab, fpdf2), LibreOffice (soffice), chromium,
# wkhtmltopdf, php-cli with php-tcpdf, Java 17 with OpenPDF 1.3.30 in ~/.m2.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); W="$O/work"
mkdir -p "$W"; cd "$W"
LO="soffice -env:UserInstallation=file://$W/lo-profile --headless"
# 1 Toirano, Giunta: .docx -> LibreOffice
python3 "$S/d01_toirano_docx.py" toirano.docx
$LO --convert-to pdf toirano.docx >/dev/null
cp toirano.pdf "$O/deliberazione-toirano-jsibac.pdf"
# 2 Offagna, Consiglio: HTML -> Chromium
"$S/chromium_pdf.sh" "$S/d02_offagna.html" "$W/offagna.pdf"
cp offagna.pdf "$O/deliberazione-offagna-bluenext.pdf"
# 3 Civitacampomarano, Giunta: ReportLab platypus
python3 "$S/d03_civitacampomarano_rl.py" "$O/deliberazione-civitacampomarano-platypus.pdf"
# 4 Torriglia, determinazione: OpenPDF (iText 2 API)
J=~/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar
mkdir -p jcls; javac -d jcls -cp "$J" "$S/D04Torriglia.java"
java -cp "jcls:$J" D04Torriglia "$O/determinazione-torriglia-itext2.pdf"
# 5 Servigliano, determinazione: HTML imported by LibreOffice Writer
cp "$S/d05_servigliano.html" servigliano.html
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export servigliano.html >/dev/null
cp servigliano.pdf "$O/determinazione-servigliano-consorziocev.pdf"
# 6 Monte Sant'Angelo, determinazione dirigenziale: TCPDF
php "$S/d06_montesantangelo.php" "$O/determinazione-montesantangelo-lutech.pdf"
# 7 Savoca, ordinanza: fpdf2
python3 "$S/d07_savoca_fpdf2.py" "$O/ordinanza-savoca-polweb.pdf"
# 8 Filignano, certificate: ReportLab canvas
python3 "$S/d08_filignano_cert.py" "$O/attestazione-filignano-albonet.pdf"
# 9 Gibellina, annex: .docx (landscape) -> LibreOffice
python3 "$S/d09_gibellina_annex.py" gibellina.docx
$LO --convert-to pdf gibellina.docx >/dev/null
cp gibellina.pdf "$O/allegato-gibellina-ooxml.pdf"
# 10 Orsara di Puglia, avviso pubblico: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 16mm -B 18mm -L 16mm -R 16mm "$S/d10_orsara.html" "$O/avviso-orsaradipuglia-magnolia.pdf" || true
# 11 Unione dei Comuni, convocation: .docx -> LibreOffice
python3 "$S/d11_unione_convocazione.py" unione.docx
$LO --convert-to pdf unione.docx >/dev/null
cp unione.pdf "$O/convocazione-unionevallijoniche-stampaunione.pdf"
# 12 Genga, web notice: HTML -> Chromium
"$S/chromium_pdf.sh" "$S/d12_genga.html" "$W/genga.pdf"
cp genga.pdf "$O/avviso-genga-jekyll.pdf"
ls -l "$O"/*.pdf
