#!/bin/sh
# 1. print each HTML with headless Chromium to a clean PDF (scratch)
S=/tmp/scan-16-scratch; mkdir -p $S; cd "$(dirname "$0")"
for f in *.html; do chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$S/${f%.html}.clean.pdf file://$PWD/$f; done
# 2. rasterise and add scan marks (Pillow), image-only PDF per file
for f in *.html; do python3 scan.py ${f%.html}; done
# 3. OCR (renderer and options per file)
./ocr.sh
# 4. keys and OCR comparison
python3 make_keys.py; cd .. && python3 source/check_ocr.py
