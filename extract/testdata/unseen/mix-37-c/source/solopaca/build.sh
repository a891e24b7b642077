#!/bin/sh
# plain text spool (Latin-1) -> a2ps (PostScript, one portrait page, a2ps header/footer) -> Ghostscript ps2pdf
cd "$(dirname "$0")"
mkdir -p /tmp/solopaca-build
iconv -f UTF-8 -t ISO-8859-1 certificato.txt > /tmp/solopaca-build/cert.txt
a2ps -q -1 --portrait --medium=A4 --encoding=latin1 --chars-per-line=80 --borders=no --header='' \
  --center-title="ALBO PRETORIO ON LINE" --left-title="COMUNE DI SOLOPACA" --right-title="04/04/2026" \
  --footer="Attestazione pubblicazione - DGC 27/2026" --left-footer="" --right-footer='Pag. $p.' \
  -o /tmp/solopaca-build/cert.ps /tmp/solopaca-build/cert.txt
ps2pdf -sPAPERSIZE=a4 /tmp/solopaca-build/cert.ps ../../attestazione-solopaca-a2ps.pdf
