#!/bin/sh
# text spool -> PostScript (GNU enscript, Courier) -> PDF (Ghostscript ps2pdf), as an old Unix print queue
iconv -f UTF-8 -t LATIN1 attestazione.txt > /tmp/attestazione.l1
enscript -q -X latin1 -f Courier10 -M A4 --margins=50:36:36:40 -b 'COMUNE DI CARCARE|Albo Pretorio on line - attestazioni|Pag. $% di $=' -o /tmp/attestazione.ps /tmp/attestazione.l1
ps2pdf -sPAPERSIZE=a4 /tmp/attestazione.ps "$1"
rm -f /tmp/attestazione.l1 /tmp/attestazione.ps
