#!/bin/sh
# ReportLab platypus
cd "$(dirname "$0")"
python3 make.py "$1/delibera-consiglio-castelfrentano-reportlab.pdf"
