#!/bin/sh
# plain-text spool from an old Unix albo program, printed with GNU enscript and converted by Ghostscript
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
iconv -f UTF-8 -t LATIN1 certificato.txt > "$T/cert.txt"
enscript -q -X latin1 -M A4 -f Courier9.5 --margins=50:40:40:40 \
  --header='ALBO PRETORIO - COMUNE DI CORROPOLI||Pag. $% di $=' --header-font=Courier-Bold9 \
  -t "certificato_231_2026" -o "$T/cert.ps" "$T/cert.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cert.ps" "$1"; rm -rf "$T"
