#!/bin/sh
cd "$(dirname "$0")" && python3 08_granparadiso.py
soffice --headless --convert-to pdf --outdir /tmp /tmp/08_granparadiso.docx >/dev/null 2>&1
cp /tmp/08_granparadiso.pdf ../avviso-granparadiso-wordtemplate.pdf
