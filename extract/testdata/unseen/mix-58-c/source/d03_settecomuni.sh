#!/bin/sh
# $1 = output directory; python-docx -> .docx -> LibreOffice writer_pdf_Export
set -e
W=$(mktemp -d "$1/work.XXXX")
python3 "$(dirname "$0")/d03_settecomuni.py" "$W/deliberazione-settecomuni-pdfarchitect.docx"
soffice --headless -env:UserInstallation=file://$W/lo --convert-to pdf --outdir "$1" "$W/deliberazione-settecomuni-pdfarchitect.docx" >/dev/null 2>&1
rm -rf "$W"
