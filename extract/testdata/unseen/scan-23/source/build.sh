#!/bin/sh
# Rebuilds the 12 scanned PDFs, keys.json and the key check (a record; nothing runs it automatically).
# Needs: python3 with reportlab, pillow, numpy; libreoffice-writer; poppler-utils;
#        ocrmypdf + tesseract-ocr-ita (Debian), /usr/bin/python3 -m img2pdf.
set -e
cd "$(dirname "$0")"
mkdir -p clean
python3 docs_a.py          # Casalmaggiore, Corleone, Carloforte (reportlab)
python3 docs_b.py          # Suzzara, Todi, Ruvo di Puglia, Copparo (reportlab)
python3 docs_c.py          # Torremaggiore, Brisighella, Campomarino (reportlab)
( cd html && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
    --outdir ../clean avviso-norcia-word.html avviso-montefalco-word.html )
python3 scan.py            # rasterise + faults + img2pdf + ocrmypdf -l ita, per scan_config.json
python3 make_keys.py       # ../keys.json
python3 check_keys.py --diff   # keyed strings vs the printed text and the OCR text layer
