#!/bin/sh
cd "$(dirname "$0")"
python3 02_crescentino.py
enscript -q -B -r -f Courier8 --margins=40:40:30:30 -o /tmp/crescentino.ps 02_crescentino.txt
ps2pdf -sPAPERSIZE=a4 /tmp/crescentino.ps ../deliberazione-crescentino-datagraph.pdf
