#!/bin/sh
# Rebuilds the 12 PDFs of mix-32-c into the parent folder. Needs: python3 (reportlab, fpdf2, python-docx, openpyxl),
# php-cli + php-tcpdf, wkhtmltopdf, chromium, libreoffice, enscript, ghostscript, iconv.
set -e
cd "$(dirname "$0")"; OUT=$(cd .. && pwd); T=$(mktemp -d)
wkhtmltopdf -q -s A4 --title "Delibera GC 27/2026" 01-moneglia.html "$OUT/deliberazione-moneglia-deltainformatica.pdf"
python3 02-brentonico.py "$OUT/deliberazione-brentonico-gpi.pdf"
python3 03-verres.py "$T/verres.docx" && soffice --headless --convert-to pdf --outdir "$T" "$T/verres.docx" && mv "$T/verres.pdf" "$OUT/deliberazione-verres-pdfcreator.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determina-celle-ligure-anthesi.pdf" 04-celle.html
python3 05-cavalese.py "$OUT/determina-cavalese-cbainformatica.pdf"
php 06-orsogna.php "$OUT/determina-orsogna-pdf24.pdf"
cp 07-nocera.html "$T/nocera.html" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$T" "$T/nocera.html" && mv "$T/nocera.pdf" "$OUT/ordinanza-nocera-umbra-nitro.pdf"
wkhtmltopdf -q -s A4 --disable-smart-shrinking -T 15 -B 15 08-tito.html "$OUT/avviso-tito-prince.pdf"
iconv -f utf-8 -t latin1 09-acquasparta.txt > "$T/acq.txt" && enscript -q -B -f Courier10 -X latin1 --margins=50:40:50:40 -o "$T/acq.ps" "$T/acq.txt" && ps2pdf -sPAPERSIZE=a4 "$T/acq.ps" "$OUT/certificato-acquasparta-ps2pdf.pdf"
python3 10-baranello.py 10-baranello.csv "$T/baranello.xlsx" && soffice --headless --convert-to pdf --outdir "$T" "$T/baranello.xlsx" && mv "$T/baranello.pdf" "$OUT/allegato-baranello-calc.pdf"
python3 11-scrivia.py "$OUT/convocazione-unione-scrivia-legalmail.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/avviso-moliterno-publisher.pdf" 12-moliterno.html
(cd "$OUT" && python3 source/keys.py && python3 source/check.py)
rm -rf "$T"
