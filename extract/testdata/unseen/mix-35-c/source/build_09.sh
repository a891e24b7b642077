#!/bin/sh
# 09: hand-written PostScript (Courier, ISO Latin-1) -> Ghostscript ps2pdf
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
python3 "$S/09_caraglio.py" "$T/cert.ps"
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "$O/attestazione-caraglio-ghostscript.pdf"
rm -rf "$T"
