#!/bin/sh
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make.py "$T/allegato-quartucciu-excel.xlsx"
soffice --headless --convert-to pdf --outdir "$T" "$T/allegato-quartucciu-excel.xlsx" >/dev/null 2>&1
cp "$T/allegato-quartucciu-excel.pdf" "$1/"
