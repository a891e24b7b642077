#!/bin/sh
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make.py "$T/deliberazione-locri-wordcourier.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/deliberazione-locri-wordcourier.docx" >/dev/null 2>&1
cp "$T/deliberazione-locri-wordcourier.pdf" "$1/"
