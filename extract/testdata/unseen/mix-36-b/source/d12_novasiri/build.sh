#!/bin/sh
# PyMuPDF (pip install pymupdf): Story/DocumentWriter from HTML, then foot and protocol stamp
cd "$(dirname "$0")"
python3 avviso.py "$(realpath "${OUT:-../..}")/avviso-novasiri-pymupdf.pdf"
