#!/bin/sh
# Legacy 80-column report: plain text (latin-1) -> enscript (Courier 10) -> ps2pdf
cd "$(dirname "$0")"
iconv -f utf-8 -t latin1 d04_caravaggio.txt > ../work/d04.txt
enscript -q -B -f Courier10 -X latin1 --margins=54:40:40:40 -o ../work/d04.ps ../work/d04.txt
ps2pdf -sPAPERSIZE=a4 ../work/d04.ps ../determina-caravaggio-datagraph.pdf
