#!/bin/sh
# Rebuilds the 12 PDFs of mix-40-c into the parent folder. Needs: python3 (python-docx, reportlab, openpyxl, cairosvg),
# LibreOffice (soffice), wkhtmltopdf, chromium, pdflatex (texlive), ghostscript (ps2pdf), php + php-tcpdf, JDK + OpenPDF 1.3.43 jar.
set -e
cd "$(dirname "$0")"
OUT=$(cd .. && pwd)
T=$(mktemp -d)
# 1 Omegna – Consiglio Comunale deliberation (python-docx -> LibreOffice)
python3 01_omegna_docx.py "$T/omegna.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/omegna.docx" >/dev/null
cp "$T/omegna.pdf" "$OUT/deliberazione-omegna-unitelm.pdf"
# 2 Unione Colline di Langa e del Barolo – determinazione (ReportLab)
python3 02_barolo_reportlab.py "$OUT/determinazione-unionebarolo-ised.pdf"
# 3 Vedelago – Giunta deliberation (wkhtmltopdf)
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 18mm -L 18mm -R 18mm vedelago/delibera.html "$OUT/deliberazione-vedelago-wkhtmltopdf.pdf" || true
# 4 Nogara – ordinanza (pdfLaTeX)
( cd nogara && pdflatex -interaction=nonstopmode -output-directory "$T" ordinanza.tex >/dev/null && pdflatex -interaction=nonstopmode -output-directory "$T" ordinanza.tex >/dev/null )
cp "$T/ordinanza.pdf" "$OUT/ordinanza-nogara-latex.pdf"
# 5 Unione Savena-Idice – determinazione dirigenziale (TCPDF)
php 05_savenaidice_tcpdf.php "$OUT/determinazione-savenaidice-cakephp.pdf"
# 6 Medicina – bando n. 2/2026 (ReportLab, two columns)
python3 06_medicina_reportlab_dtp.py "$OUT/bando-medicina-quarkxpress.pdf"
# 7 Fossato di Vico – Giunta deliberation (flat ODT -> LibreOffice)
python3 fossato/make_fodt.py "$T/fossato.fodt"
soffice --headless --convert-to pdf --outdir "$T" "$T/fossato.fodt" >/dev/null
cp "$T/fossato.pdf" "$OUT/deliberazione-fossatodivico-wordpro.pdf"
# 8 Porano – attestazione di pubblicazione (PostScript -> Ghostscript)
python3 08_porano_postscript.py "$T/porano.ps"
ps2pdf -dPDFSETTINGS=/printer "$T/porano.ps" "$OUT/attestazione-porano-unixps.pdf"
# 9 Roccapiemonte – determinazione (Chromium print)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-roccapiemonte-chromium.pdf" roccapiemonte/determina.html 2>/dev/null
# 10 Cerreto Sannita – convocazione (Java + OpenPDF)
CP=${OPENPDF_JAR:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar}
javac -cp "$CP" -d "$T/cls" cerreto/Convocazione.java
java -cp "$CP:$T/cls" Convocazione "$OUT/convocazione-cerretosannita-olivetti.pdf"
# 11 Praia a Mare – Allegato A (openpyxl -> LibreOffice Calc, Italian locale)
python3 11_praiaamare_xlsx.py "$T/QE_lungomare_lotto2.xlsx"
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir "$T" "$T/QE_lungomare_lotto2.xlsx" >/dev/null
cp "$T/QE_lungomare_lotto2.pdf" "$OUT/allegato-praiaamare-excel.pdf"
# 12 Mileto – avviso alla cittadinanza (SVG -> CairoSVG)
python3 -c "import cairosvg; cairosvg.svg2pdf(url='mileto/avviso.svg', write_to='$OUT/avviso-mileto-inkscape.pdf')"
rm -rf "$T"
