#!/bin/sh
# 80-column Courier prints: enscript (Pomezia avviso, running head) and a2ps (Avigliano ordinanza)
set -e
cd "$(dirname "$0")"
T=$(mktemp -d)
enscript -q -f Courier10 -M A4 --margins=60:40:40:40 --header='Prot. n. 61207 del 20/11/2026||Pag. $% di $=' -p $T/a.ps avviso-pomezia-iride.txt
ps2pdf $T/a.ps ../avviso-pomezia-iride.pdf
a2ps -q -1 -R --borders=no -B --medium=A4 --chars-per-line=80 -o $T/b.ps ordinanza-avigliano-halley.txt
ps2pdf $T/b.ps ../ordinanza-avigliano-halley.pdf
rm -rf $T
