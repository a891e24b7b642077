#!/bin/sh
cd "$(dirname "$0")"; OUT=$(cd "${OUT:-../..}" && pwd)
python3 text2pdf.py certificato.txt "$OUT/attestazione-trofarello-text2pdf.pdf"
