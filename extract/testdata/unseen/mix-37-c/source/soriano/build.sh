#!/bin/sh
# python-docx writes the .docx; LibreOffice (headless) converts it as an office would "save as PDF"
cd "$(dirname "$0")"
mkdir -p /tmp/soriano-build
python3 determina_docx.py /tmp/soriano-build/determinazione-sorianocalabro-ooxml.docx
soffice --headless --convert-to pdf --outdir /tmp/soriano-build /tmp/soriano-build/determinazione-sorianocalabro-ooxml.docx >/dev/null 2>&1
cp /tmp/soriano-build/determinazione-sorianocalabro-ooxml.pdf ../../
