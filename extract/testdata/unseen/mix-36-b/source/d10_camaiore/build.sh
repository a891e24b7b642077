#!/bin/sh
# odfpy -> .ods, LibreOffice Calc -> PDF (calc_pdf_Export)
cd "$(dirname "$0")"
T=$(mktemp -d)
python3 allegato.py "$T/allegato-camaiore-localc.ods"
soffice --headless --convert-to pdf:calc_pdf_Export --outdir "$T" "$T/allegato-camaiore-localc.ods" >/dev/null 2>&1
cp "$T/allegato-camaiore-localc.pdf" "${OUT:-../..}/"; rm -rf "$T"
