#!/bin/sh
# ReportLab 5 (platypus), DejaVu Sans embedded
cd "$(dirname "$0")"
python3 determina.py "${OUT:-../..}/determinazione-unioneempolese-reportlab.pdf"
