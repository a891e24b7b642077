#!/bin/sh
# fixed-width text -> enscript (Courier 7.4, landscape, no header) -> ps2pdf (Ghostscript)
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make.py "$T/dt.txt"
enscript -q -B -r -X latin1 -f Courier7.4 --margins=36:30:28:24 -p "$T/dt.ps" "$T/dt.txt"
ps2pdf -sPAPERSIZE=a4 "$T/dt.ps" "$1/determinazione-busca-halley.pdf"
