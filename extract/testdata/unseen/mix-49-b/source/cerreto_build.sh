#!/bin/sh
# HTML -> LibreOffice Writer PDF -> Ghostscript pdfwrite rewrite, as a FreePDF printer would
set -e
T=$(mktemp -d)
cp cerreto.html $T/cerreto.html
soffice --headless --convert-to 'pdf:writer_web_pdf_Export' --outdir $T $T/cerreto.html >/dev/null 2>&1
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dPDFSETTINGS=/prepress -dCompatibilityLevel=1.4 -sOutputFile=$T/out.pdf $T/cerreto.pdf
python3 - $T/out.pdf "$1" <<'PY'
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
p.docinfo['/Creator'] = 'FreePDF 4.14 - Det_188_2026.odt'
p.docinfo['/Title'] = 'Det_188_2026'
p.save(sys.argv[2])
PY
rm -rf $T
