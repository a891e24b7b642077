#!/bin/sh
# Comune di Riomaggiore - determinazione RG 112/2026: a fixed-width spool of a COBOL accounting/atti program
# (in the style of Micro Focus COBOL print files) opened as text by LibreOffice and exported to PDF.
cd "$(dirname "$0")"
soffice --headless --infilter="Text (encoded):UTF8,LF,Liberation Mono,it-IT," --convert-to pdf:writer_pdf_Export --outdir . determina.txt >/dev/null 2>&1
mv determina.pdf ../../determina-riomaggiore-microfocus.pdf
