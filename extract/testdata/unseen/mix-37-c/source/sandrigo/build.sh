#!/bin/sh
# ReportLab platypus
cd "$(dirname "$0")"
python3 determina.py ../../determinazione-sandrigo-reportlab.pdf
