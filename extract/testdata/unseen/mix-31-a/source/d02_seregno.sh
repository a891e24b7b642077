#!/bin/sh
# Courier 10pt, 80 columns, no enscript header; PS -> PDF with Ghostscript
set -e
enscript -B -f Courier10 -M A4 --margins=56:40:40:40 -X latin1 -o d02.ps "$1"
ps2pdf -sPAPERSIZE=a4 d02.ps "$2"
rm -f d02.ps
