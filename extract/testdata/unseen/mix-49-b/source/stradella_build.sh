#!/bin/sh
set -e
T=$(mktemp -d)
python3 stradella_xlsx.py $T/Allegato_A_tariffe_cimiteriali_2026.xlsx
soffice --headless --convert-to pdf --outdir $T $T/Allegato_A_tariffe_cimiteriali_2026.xlsx >/dev/null 2>&1
python3 - $T/Allegato_A_tariffe_cimiteriali_2026.pdf "$1" <<'PY'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
with p.open_metadata(set_pikepdf_as_editor=False) as m:
    m['pdf:Producer'] = 'Microsoft® Excel® 2019'; m['xmp:CreatorTool'] = 'Microsoft® Excel® 2019'
p.docinfo['/Producer'] = 'Microsoft® Excel® 2019'; p.docinfo['/Creator'] = 'Microsoft® Excel® 2019'
p.save(sys.argv[2])
PY
rm -rf $T
