#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
T=$(mktemp -d)
python3 make.py "$T/allegato-malcesine-excel.xlsx"
soffice --headless --convert-to pdf --outdir "$T" "$T/allegato-malcesine-excel.xlsx" >/dev/null 2>&1
cp "$T/allegato-malcesine-excel.pdf" "$OUT/"
rm -rf "$T"
