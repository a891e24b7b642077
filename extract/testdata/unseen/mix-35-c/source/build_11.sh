#!/bin/sh
# 11: plain text (ISO-8859-1) -> GNU enscript (Courier, custom header) -> Ghostscript ps2pdf
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
iconv -f UTF-8 -t ISO-8859-1 "$S/11_castelpetroso.txt" > "$T/convocazione_cc.txt"
enscript -q -X latin1 -M A4 -f Courier@9.6 -F Courier-Bold9 \
  --margins=60:50:30:40 \
  --header='Segreteria comunale|convocazione_cc.txt|Pag. $% di $=' \
  --title='Convocazione Consiglio Comunale 26/03/2026' \
  -p "$T/conv.ps" "$T/convocazione_cc.txt"
ps2pdf -sPAPERSIZE=a4 "$T/conv.ps" "$O/convocazione-castelpetroso-enscript.pdf"
rm -rf "$T"
