#!/bin/sh
# 01: python-docx -> LibreOffice -> Ghostscript pdfwrite (CutePDF Writer-like DOCINFO)
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$S/..; T=$(mktemp -d)
python3 "$S/01_moncalvo_docx.py" "$T/DGC_28_2026.docx"
(cd "$T" && soffice --headless --convert-to pdf DGC_28_2026.docx >/dev/null 2>&1)
printf '[ /Title (Microsoft Word - DGC_28_2026.docx) /Creator (PScript5.dll Version 5.2.2) /Author (segreteria) /DOCINFO pdfmark\n' > "$T/mark.ps"
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -dCompatibilityLevel=1.4 -sOutputFile="$O/deliberazione-moncalvo-cutepdf.pdf" "$T/DGC_28_2026.pdf" "$T/mark.ps"
rm -rf "$T"
