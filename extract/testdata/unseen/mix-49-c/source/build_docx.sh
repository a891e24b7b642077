#!/bin/sh
# usage: build_docx.sh script.py out.pdf [ext] [basename] -- builds a .docx/.xlsx with python, converts with LibreOffice
set -e
ext=${3:-docx}
name=${4:-doc}
tmp=$(mktemp -d)
python3 "$1" "$tmp/$name.$ext"
soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/$name.$ext" >/dev/null 2>&1
mv "$tmp/$name.pdf" "$2"; rm -rf "$tmp"
