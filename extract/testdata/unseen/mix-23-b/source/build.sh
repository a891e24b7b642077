#!/bin/sh
# Rebuilds the 12 PDFs into the parent directory (OUTDIR). Needs python3 with
# reportlab, fpdf2, python-docx; php + php-tcpdf; Java 17 + OpenPDF 1.3.43 jar;
# LibreOffice (writer + calc); wkhtmltopdf; chromium; groff.
set -e
cd "$(dirname "$0")"
SRC=$PWD
OUT=$(cd .. && pwd)
W=$SRC/work
mkdir -p "$W"

# 1 Santena – Giunta – Kalìos – LibreOffice Writer (flat ODT)
python3 santena_kalios.py "$W/deliberazione-santena-kalios.fodt"
(cd "$W" && soffice --headless --convert-to pdf deliberazione-santena-kalios.fodt >/dev/null)
# 2 Cologna Veneta – Consiglio – Boxxapps – ReportLab platypus (TTF)
python3 colognaveneta_boxxapps.py "$W/deliberazione-colognaveneta-boxxapps.pdf"
# 3 Sannicandro Garganico – Giunta – DeliberaWeb – wkhtmltopdf
wkhtmltopdf --quiet -s A4 -T 15mm -B 15mm -L 20mm -R 18mm --enable-local-file-access \
  --title "Delibera GC 57/2026" sannicandro/delibera.html "$W/deliberazione-sannicandro-deliberaweb.pdf" 2>/dev/null
# 4 Figline e Incisa Valdarno – determinazione – Ifin – TCPDF
php figlineincisa_ifin.php "$W/determinazione-figlineincisa-ifin.pdf"
# 5 Unione Valdera – determinazione – JasperReports-style – OpenPDF
(cd valdera_jasper && javac -cp openpdf-1.3.43.jar ValderaDetermina.java && \
  java -cp openpdf-1.3.43.jar:. ValderaDetermina "$W/determinazione-valdera-jasperreports.pdf")
# 6 Camposampiero – determinazione – Akropolis – fpdf2
python3 camposampiero_akropolis.py "$W/determinazione-camposampiero-akropolis.pdf"
# 7 Anguillara Sabazia – ordinanza – Sigma – .docx converted by LibreOffice
python3 anguillara_sigma.py "$W/ordinanza-anguillara-sigma.docx"
(cd "$W" && soffice --headless --convert-to pdf ordinanza-anguillara-sigma.docx >/dev/null)
# 8 Taurianova – avviso pubblico n. 3 – eComune – Chromium
chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$W/avviso-taurianova-ecomune.pdf" taurianova/avviso.html 2>/dev/null
# 9 Pineto – attestazione di pubblicazione – TINN – groff/gropdf
groff -Kutf-8 -t -ms -Tpdf -P-pa4 pineto/attestazione.ms > "$W/attestazione-pineto-tinn.pdf"
# 10 Tollo – allegato – Urbi Smart – LibreOffice Calc (flat ODS)
python3 tollo_urbismart.py "$W/allegato-tollo-urbismart.fods"
(cd "$W" && soffice --headless --convert-to pdf allegato-tollo-urbismart.fods >/dev/null)
# 11 Trecate – convocazione – Word template – .docx converted by LibreOffice
python3 trecate_wordtemplate.py "$W/convocazione-trecate-wordtemplate.docx"
(cd "$W" && soffice --headless --convert-to pdf convocazione-trecate-wordtemplate.docx >/dev/null)
# 12 Floridia – avviso alla cittadinanza – Nuvola – ReportLab canvas (base-14 fonts)
python3 floridia_nuvola.py "$W/avviso-floridia-nuvola.pdf"

for f in deliberazione-santena-kalios deliberazione-colognaveneta-boxxapps deliberazione-sannicandro-deliberaweb \
         determinazione-figlineincisa-ifin determinazione-valdera-jasperreports determinazione-camposampiero-akropolis \
         ordinanza-anguillara-sigma avviso-taurianova-ecomune attestazione-pineto-tinn allegato-tollo-urbismart \
         convocazione-trecate-wordtemplate avviso-floridia-nuvola; do
  cp "$W/$f.pdf" "$OUT/$f.pdf"
done
