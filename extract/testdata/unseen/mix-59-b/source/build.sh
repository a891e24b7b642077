#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR).
# Needs: python3 (reportlab, python-docx, openpyxl, fpdf2), php + php-tcpdf, LibreOffice, chromium,
# wkhtmltopdf, JDK 17 + OpenPDF 1.3.30 in ~/.m2, pdflatex (texlive-latex-extra for beamer/lastpage).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T="$O/.tmp"; mkdir -p "$T"
python3 "$S/d01_cernusco_reportlab.py" "$O/delibera-cernuscosulnaviglio-reportlab.pdf"
sh "$S/d02/build.sh" "$O/delibera-sancascianovaldipesa-coldfusion.pdf"
python3 "$S/d03_genazzano_docx.py" "$T/delibera_gc_41_2026.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/delibera_gc_41_2026.docx" >/dev/null
mv "$T/delibera_gc_41_2026.pdf" "$O/delibera-genazzano-atlantis.pdf"
php "$S/d04_sarezzo_tcpdf.php" "$O/determina-sarezzo-acbservizi.pdf"
sh "$S/d05/build.sh" "$O/determina-massarosa-nuxeo.pdf"
python3 "$S/d06_lanuvio_docx.py" "$T/det_187_2026_personale.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/det_187_2026_personale.docx" >/dev/null
mv "$T/det_187_2026_personale.pdf" "$O/determina-lanuvio-inaz.pdf"
sh "$S/d07/build.sh" "$O/ordinanza-mandellodellario-ordinanzeweb.pdf"
sh "$S/d08/build.sh" "$O/avviso-collinedelfiora-summernote.pdf"
python3 "$S/d09_torrita_fpdf2.py" "$O/attestazione-torritadisiena-errebian.pdf"
python3 "$S/d10_bussi_xlsx.py" "$T/tariffe_cimiteriali_2026.xlsx"
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir "$T" "$T/tariffe_cimiteriali_2026.xlsx" >/dev/null
mv "$T/tariffe_cimiteriali_2026.pdf" "$O/allegato-bussisultirino-excel.pdf"
sh "$S/d11/build.sh" "$O/convocazione-sorianonelcimino-overleaf.pdf"
sh "$S/d12/build.sh" "$O/avviso-alanno-beamer.pdf"
rm -rf "$T" "$O/.chr"
