#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
T=$(mktemp -d)
python3 make.py "$T/determinazione-tuorosultrasimeno-kofax.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/determinazione-tuorosultrasimeno-kofax.docx" >/dev/null 2>&1
cp "$T/determinazione-tuorosultrasimeno-kofax.pdf" "$OUT/"
rm -rf "$T"
