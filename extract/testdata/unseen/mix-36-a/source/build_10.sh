#!/bin/sh
cd "$(dirname "$0")" && python3 10_filadelfia.py
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf --outdir /tmp /tmp/10_filadelfia.xlsx >/dev/null 2>&1
cp /tmp/10_filadelfia.pdf ../allegato-filadelfia-excel.pdf
