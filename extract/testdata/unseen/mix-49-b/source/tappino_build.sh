#!/bin/sh
set -e
T=$(mktemp -d)
python3 tappino_odt.py $T/t.odt
soffice --headless --convert-to pdf --outdir $T $T/t.odt >/dev/null 2>&1
cp $T/t.pdf "$1"; rm -rf $T
