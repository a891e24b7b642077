#!/bin/sh
# $1 = output directory. Word letter -> LibreOffice PDF -> Ghostscript pdfwrite (re-distilled, as Pdf995's
# Ghostscript back end leaves it: Producer "GPL Ghostscript", Creator "pdf995"). A PostScript round trip
# (pdftops / ps2write) was tried and dropped: it loses the ToUnicode maps and so the text layer.
set -e
W=$(mktemp -d "$1/work.XXXX")
python3 "$(dirname "$0")/d11_papozze.py" "$W/Convocazione_CC_30_04_2026.docx"
soffice --headless -env:UserInstallation=file://$W/lo --convert-to pdf --outdir "$W" "$W/Convocazione_CC_30_04_2026.docx" >/dev/null 2>&1
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.4 -sOutputFile="$1/convocazione-papozze-pdf995.pdf" \
   "$W/Convocazione_CC_30_04_2026.pdf" -c "[ /Title (Convocazione_CC_30_04_2026) /Creator (pdf995) /DOCINFO pdfmark"
rm -rf "$W"
