#!/bin/sh
# python-docx -> .docx, then LibreOffice Writer headless -> PDF
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make.py "$T/determinazione-asprc-word.docx"
soffice --headless --convert-to pdf --outdir "$T" "$T/determinazione-asprc-word.docx" >/dev/null 2>&1
cp "$T/determinazione-asprc-word.pdf" "$1/"
