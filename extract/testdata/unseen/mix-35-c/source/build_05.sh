#!/bin/sh
# 05: python-docx -> LibreOffice -> pikepdf (doPDF-style Info dictionary)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
python3 "$S/05_montella_docx.py" "$T/DET_64_2026.docx"
(cd "$T" && soffice --headless --convert-to pdf DET_64_2026.docx >/dev/null 2>&1)
python3 - "$T/DET_64_2026.pdf" "$O/determinazione-montella-dopdf.pdf" <<'PY'
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m['pdf:Producer'] = 'doPDF Ver 7.3 Build 398 (Windows 7 Business Edition (SP 1) - Version: 6.1.7601 (x86))'
    m['xmp:CreatorTool'] = 'Microsoft® Word 2010'
    m['dc:title'] = 'Microsoft Word - DET 64 2026 liquidazione Pro Loco'
pdf.docinfo['/Producer'] = 'doPDF Ver 7.3 Build 398 (Windows 7 Business Edition (SP 1) - Version: 6.1.7601 (x86))'
pdf.docinfo['/Creator'] = 'Microsoft® Word 2010'
pdf.docinfo['/Title'] = 'Microsoft Word - DET 64 2026 liquidazione Pro Loco'
pdf.save(sys.argv[2])
PY
rm -rf "$T"
