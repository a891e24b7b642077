#!/bin/sh
# python-pptx writes a one-slide A4 .pptx; LibreOffice Impress exports it to PDF
cd "$(dirname "$0")"
mkdir -p /tmp/nus-build
python3 avviso_pptx.py /tmp/nus-build/avviso-nus-powerpoint.pptx
soffice --headless --convert-to pdf --outdir /tmp/nus-build /tmp/nus-build/avviso-nus-powerpoint.pptx >/dev/null 2>&1
cp /tmp/nus-build/avviso-nus-powerpoint.pdf ../../
