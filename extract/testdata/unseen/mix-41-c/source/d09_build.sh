#!/bin/sh
# $1 = output pdf
d=$(mktemp -d); python3 d09_staffolo_docx.py $d/certificato.docx && soffice --headless --convert-to pdf --outdir $d $d/certificato.docx >/dev/null 2>&1; cp $d/certificato.pdf "$1"; rm -rf $d
