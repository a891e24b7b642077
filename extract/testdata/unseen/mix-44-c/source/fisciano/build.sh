#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
T=$(mktemp -d)
python3 make.py "$T/ordinanza-fisciano-docuware.odt"
soffice --headless --convert-to pdf --outdir "$T" "$T/ordinanza-fisciano-docuware.odt" >/dev/null 2>&1
cp "$T/ordinanza-fisciano-docuware.pdf" "$OUT/"
rm -rf "$T"
