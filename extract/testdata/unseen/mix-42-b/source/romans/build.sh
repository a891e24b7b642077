#!/bin/sh
# 80-column text spool printed through Ghostscript's gslp.ps (Courier)
set -e
cd "$(dirname "$0")"
python3 make_txt.py
gs -q -dNOSAFER -dBATCH -sDEVICE=pdfwrite -sPAPERSIZE=a4 -o "$1/determina-romansdisonzo-gslp.pdf" \
   -- gslp.ps --encoding StandardEncoding -fCourier9 -B spool.txt >/dev/null 2>&1
rm -f spool.txt
