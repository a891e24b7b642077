#!/bin/sh
cd "$(dirname "$0")"
python3 c_titerno.py
soffice --headless --convert-to pdf --outdir /tmp/c_out c_titerno.docx >/dev/null 2>&1
mv /tmp/c_out/c_titerno.pdf ../deliberazione-titernoaltotammaro-word.pdf
