#!/bin/sh
# Rebuild the set: print -> scan (Pillow) -> OCR (ocrmypdf)
set -e
cd "$(dirname "$0")"
export S=${S:-/tmp/scan-17-scratch}
python3 make_docx.py
./render.sh
python3 scan.py $(ls html/*.html docx/*.docx | xargs -n1 basename | sed 's/\.[a-z]*$//')
./ocr.sh
