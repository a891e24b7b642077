#!/bin/sh
# 12: ReportLab platypus (Liberation TTF, subset-embedded)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..
python3 "$S/12_luserna.py" "$O/avviso-luserna-reportlab.pdf"
