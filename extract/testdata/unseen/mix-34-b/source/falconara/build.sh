#!/bin/sh
python3 allegato.py /tmp/allegato-falconara.ods
soffice --headless --convert-to pdf --outdir /tmp /tmp/allegato-falconara.ods >/dev/null 2>&1
mv /tmp/allegato-falconara.pdf "$1"; rm -f /tmp/allegato-falconara.ods
