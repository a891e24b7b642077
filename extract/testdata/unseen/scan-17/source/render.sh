#!/bin/sh
# Print the clean (pre-scan) PDFs into $S/clean
S=${S:-/tmp/scan-17-scratch}
mkdir -p $S/clean
for h in html/*.html; do
  b=$(basename $h .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$S/clean/$b.pdf file://$(pwd)/$h 2>/dev/null
done
soffice --headless --convert-to pdf --outdir $S/clean docx/*.docx >/dev/null 2>&1
