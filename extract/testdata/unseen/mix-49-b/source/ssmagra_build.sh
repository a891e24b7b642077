#!/bin/sh
# docx -> LibreOffice PDF -> Win2PDF-like metadata
set -e
T=$(mktemp -d)
python3 ssmagra_docx.py $T/ssm.docx
soffice --headless --convert-to pdf --outdir $T $T/ssm.docx >/dev/null 2>&1
python3 - "$T/ssm.pdf" "$1" <<'PY'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
with p.open_metadata(set_pikepdf_as_editor=False) as m:
    m['pdf:Producer'] = 'Win2PDF http://www.win2pdf.com'
    m['xmp:CreatorTool'] = 'Microsoft Word - delibera_cc_9_2026.docx'
p.docinfo['/Producer'] = 'Win2PDF http://www.win2pdf.com'
p.docinfo['/Creator'] = 'Microsoft Word - delibera_cc_9_2026.docx'
p.save(sys.argv[2])
PY
rm -rf $T
