#!/bin/sh
# Old Unix spool: GNU enscript (Courier 10, page header) -> PostScript -> Ghostscript ps2pdf
cd "$(dirname "$0")"
T=$(mktemp -d)
enscript -q -X latin1 -f Courier10 -F Courier-Bold9 --margins=54:54:40:40 \
  --header='COMUNE DI GELA - ALBO PRETORIO ON LINE|ALBPUB/R3|Pag. $% di $=' \
  -p "$T/cert.ps" certificato.txt
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "${OUT:-../..}/attestazione-gela-enscript.pdf"
rm -rf "$T"
