#!/bin/sh
# $1 = output pdf
d=$(mktemp -d); python3 d10_aquileia_xlsx.py "$d/Allegato_A_graduatoria_nidi_2025-26.xlsx" && soffice --headless --convert-to pdf --outdir $d "$d/Allegato_A_graduatoria_nidi_2025-26.xlsx" >/dev/null 2>&1; cp "$d/Allegato_A_graduatoria_nidi_2025-26.pdf" "$1"; rm -rf $d
