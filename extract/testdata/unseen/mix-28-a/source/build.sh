#!/bin/sh
# Rebuilds the 12 PDFs and keys.json of this set into the parent folder (or into $1).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), chromium, LibreOffice (writer+calc),
# enscript, ghostscript (ps2pdf), pdflatex with lmodern.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(dirname "$HERE")}
for d in d01 d02 d03 d04 d05 d06 d07 d08 d09 d10 d11 d12; do
  echo "building $d"; sh "$HERE/$d/build.sh" "$OUT"
done
python3 "$HERE/keys.py"
python3 "$HERE/checkkeys.py"
