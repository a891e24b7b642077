#!/bin/sh
# $1 = output directory; odfpy -> .odt -> LibreOffice writer_pdf_Export
set -e
W=$(mktemp -d "$1/work.XXXX")
python3 "$(dirname "$0")/d12_vallodinera.py" "$W/Avviso_kit_differenziata.odt"
soffice --headless -env:UserInstallation=file://$W/lo --convert-to pdf --outdir "$W" "$W/Avviso_kit_differenziata.odt" >/dev/null 2>&1
mv "$W/Avviso_kit_differenziata.pdf" "$1/avviso-vallodinera-ashampoo.pdf"
rm -rf "$W"
