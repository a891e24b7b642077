#!/bin/sh
# Livorno Ferraris: 80-column Courier through enscript (01, 02), groff (04) and a2ps (05), then ps2pdf
set -e
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$HERE")
T=$(mktemp -d)
python3 "$HERE/lf_text.py" "$T"
for n in 01 02; do
  f=consiglio-livornoferraris-siscom-$n
  num=$(echo $n | sed 's/^0//')
  enscript -q -X latin1 -f Courier10 -M A4 --margins=56:40:30:30 \
    --header="Delib. C.C. n. $num del 16/01/2029|COMUNE DI LIVORNO FERRARIS|Pag. \$% di \$=" \
    -o "$T/$f.ps" "$T/$f.txt"
  ps2pdf -sPAPERSIZE=a4 "$T/$f.ps" "$OUT/$f.pdf"
done
f=consiglio-livornoferraris-siscom-04
groff -Tps -P-pa4 "$T/$f.tr" > "$T/$f.ps"
ps2pdf -sPAPERSIZE=a4 "$T/$f.ps" "$OUT/$f.pdf"
f=consiglio-livornoferraris-siscom-05
a2ps -q -1 --portrait -M A4 --encoding=latin1 --chars-per-line=80 --no-header --borders=no \
  --left-footer="Delib. C.C. n. 5 del 30/01/2029" --right-footer='Pag. $p./$p>' --footer="SISCOM Atti" \
  -o "$T/$f.ps" "$T/$f.txt"
ps2pdf -sPAPERSIZE=a4 "$T/$f.ps" "$OUT/$f.pdf"
cp "$T"/*.txt "$T"/*.tr "$HERE/" 2>/dev/null || true
rm -rf "$T"
