#!/bin/sh
# Rebuild the 12 PDFs: write the sources, then print each with LibreOffice Writer.
set -e
cd "$(dirname "$0")"
python3 make_docx.py
python3 make_fodt.py
python3 make_rtf.py
OUT=..
for f in docx/*.docx fodt/*.fodt rtf/*.rtf; do
  soffice --headless -env:UserInstallation=file:///tmp/writer-16-lo --convert-to pdf --outdir "$OUT" "$f" >/dev/null 2>&1
done
ls -1 "$OUT"/*.pdf
