#!/bin/sh
# $1 = output PDF; enscript (Courier 10.5, header line) + Ghostscript ps2pdf
D=$(cd "$(dirname "$0")" && pwd); T=$(mktemp -d)
enscript -q -B -f Courier10.5 -M A4 --margins=60:50:40:40 -o "$T/o.ps" "$D/ordinanza.txt"
ps2pdf -sPAPERSIZE=a4 "$T/o.ps" "$1"; rm -rf "$T"
