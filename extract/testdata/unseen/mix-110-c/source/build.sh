#!/bin/sh
# Rebuild the twelve PDFs of set mix-110-c, then keys.json (and its check).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), enscript, a2ps, groff,
# ghostscript (ps2pdf), pdflatex (fancyvrb, upquote, courier), LibreOffice,
# chromium, wkhtmltopdf, poppler-utils. No test runs it.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export TMPDIR="$WORK"          # build.py takes its temporary directories from here
cd "$HERE"
python3 build.py "$HERE/.."
python3 keys_make.py
rm -rf "$HERE/__pycache__"
