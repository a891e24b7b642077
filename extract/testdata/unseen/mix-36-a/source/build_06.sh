#!/bin/sh
cd "$(dirname "$0")" && python3 06_walser.py
soffice --headless --convert-to pdf --outdir /tmp /tmp/06_walser.odt >/dev/null 2>&1
cp /tmp/06_walser.pdf ../determina-walser-writer.pdf
