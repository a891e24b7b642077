#!/bin/sh
# ReportLab (platypus) in-house print module; DejaVu fonts embedded
set -e
cd "$(dirname "$0")"
python3 make_pdf.py "$1/determina-unioneroveresca-reportlab.pdf"
