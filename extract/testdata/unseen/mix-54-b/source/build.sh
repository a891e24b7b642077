#!/bin/sh
# Rebuilds the 12 PDFs of mix-54-b into the parent directory. Scratch goes to ../work.
# Needs: python3 (odfpy, reportlab, fpdf2, python-docx, weasyprint), LibreOffice (soffice), wkhtmltopdf,
# chromium, php-cli + php-tcpdf, pdflatex (lmodern, fancyhdr, lastpage, enumitem), groff + ghostscript,
# Java 17 + OpenPDF 1.3.30 jar (from the local Maven repository; not stored here).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); W="$O/work"; mkdir -p "$W"; cd "$W"
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# 1 Garessio – Giunta – odfpy ODT -> LibreOffice
python3 "$S/d01_garessio_odf.py" garessio.odt && soffice --headless --convert-to pdf garessio.odt >/dev/null
cp garessio.pdf "$O/delibera-garessio-studioamica.pdf"
# 2 Busseto – Consiglio – wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15 -B 18 -L 15 -R 15 --title "Delibera C.C. 14/2026" "$S/d02_busseto.html" "$O/delibera-busseto-publiweb.pdf" 2>/dev/null || true
# 3 Nusco – Giunta – ReportLab
python3 "$S/d03_nusco_rl.py" "$O/delibera-nusco-sinapsi.pdf"
# 4 Unione Valli Taro e Ceno – determinazione – Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$O/determina-unionevallitaroceno-dataconsult.pdf" "$S/d04_vallitaroeceno.html" 2>/dev/null
# 5 Perfugas – determinazione – fpdf2
python3 "$S/d05_perfugas_fpdf.py" "$O/determina-perfugas-infobit.pdf"
# 6 Pollica – determinazione – python-docx -> LibreOffice
python3 "$S/d06_pollica_docx.py" pollica.docx && soffice --headless --convert-to pdf pollica.docx >/dev/null
cp pollica.pdf "$O/determina-pollica-elcos.pdf"
# 7 Ormea – ordinanza – TCPDF
php "$S/d07_ormea_tcpdf.php" "$O/ordinanza-ormea-gecom.pdf"
# 8 Orgosolo – avviso pubblico n. 3 – pdfLaTeX
cp "$S/d08_orgosolo.tex" orgosolo.tex && pdflatex -interaction=nonstopmode orgosolo.tex >/dev/null && pdflatex -interaction=nonstopmode orgosolo.tex >/dev/null
cp orgosolo.pdf "$O/avviso-orgosolo-apogeo.pdf"
# 9 Sant'Angelo dei Lombardi – attestazione – OpenPDF
mkdir -p jcls && javac -d jcls -cp "$OPENPDF" "$S/D09SantAngeloAttestazione.java" && java -cp "jcls:$OPENPDF" D09SantAngeloAttestazione "$O/attestazione-santangelodeilombardi-ceinfo.pdf"
# 10 Unione Valnure e Valchero – annex – flat ODS -> LibreOffice Calc
python3 "$S/d10_valnure_fods.py" valnure.fods && soffice --headless --convert-to pdf valnure.fods >/dev/null
cp valnure.pdf "$O/allegato-unionevalnurevalchero-softline.pdf"
# 11 Galliate – convocazione – groff -ms -> PostScript -> ps2pdf
groff -k -ms -Tps "$S/d11_galliate.ms" > galliate.ps && ps2pdf -sPAPERSIZE=a4 galliate.ps "$O/convocazione-galliate-tecnosys.pdf"
# 12 Aggius – avviso (notice) – WeasyPrint
python3 -c "import weasyprint,sys; weasyprint.HTML(sys.argv[1]).write_pdf(sys.argv[2])" "$S/d12_aggius.html" "$O/avviso-aggius-duemme.pdf" 2>/dev/null
ls -l "$O"/*.pdf
