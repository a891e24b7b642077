#!/bin/sh
# HTML imported into LibreOffice Writer (not Writer/Web), exported with writer_pdf_Export
set -e
cd "$(dirname "$0")"
OUT=${OUT:-$(cd .. && pwd)}
TMP=$(mktemp -d)
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$TMP" villoresi.html >/dev/null
mv "$TMP/villoresi.pdf" "$OUT/deliberazione-villoresi-writer.pdf"
rm -rf "$TMP"
