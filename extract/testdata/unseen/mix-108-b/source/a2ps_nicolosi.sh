#!/bin/sh
# a2ps 80-column print of the Albo module's attestation (Nicolosi).
# usage: a2ps_nicolosi.sh SRC.txt OUT.pdf
set -e
T=$(mktemp -d)
iconv -f utf-8 -t latin1 "$1" > "$T/a.txt"
a2ps -q -1 -R --medium=A4 --encoding=latin1 --chars-per-line=80 --borders=no \
  --header="COMUNE DI NICOLOSI - ALBO PRETORIO ON LINE" \
  --center-title="Attestazione - Delib. G.M. n. 88/2026" --left-title="" --right-title="" \
  --left-footer="Technical Design - Albo" --footer="" --right-footer='Pag. %p./%p#' \
  -o "$T/a.ps" "$T/a.txt"
ps2pdf -sPAPERSIZE=a4 "$T/a.ps" "$2"
rm -rf "$T"
