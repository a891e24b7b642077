#!/bin/sh
python3 convocazione.py /tmp/convocazione-jelsi.docx
soffice --headless --convert-to pdf --outdir /tmp /tmp/convocazione-jelsi.docx >/dev/null 2>&1
mv /tmp/convocazione-jelsi.pdf "$1"; rm -f /tmp/convocazione-jelsi.docx
