#!/bin/sh
cd "$(dirname "$0")"; OUT=${OUT:-../..}
python3 make.py "$OUT/deliberazione-unionesorbara-questpdf.pdf"
