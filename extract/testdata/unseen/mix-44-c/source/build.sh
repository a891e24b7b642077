#!/bin/sh
# Rebuilds the 12 PDFs and keys.json of mix-44-c into OUT (default: the folder above source/).
# Needs: python3 (reportlab, fpdf2, python-docx, odfpy, openpyxl), php + php-tcpdf, chromium,
# wkhtmltopdf, LibreOffice (soffice), poppler-utils (for check_keys.py).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "${OUT:-$HERE/..}" && pwd); export OUT
for d in maranello rivarolo sorbara albignasego mendicino tuoro fisciano luzzi trofarello malcesine otricoli montoro; do
  echo "== $d"; sh "$HERE/$d/build.sh"
done
python3 "$HERE/keys_src.py" "$OUT/keys.json"
python3 "$HERE/check_keys.py" "$OUT"
