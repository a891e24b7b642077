#!/bin/sh
# Rebuild every PDF of print-17 into the parent folder.
# Needs: chromium, LibreOffice 7.4 (soffice), PHP 8.2 with TCPDF 6.6 at /usr/share/php/tcpdf,
# Python 3 with fpdf2, reportlab, python-docx; fonts Liberation and DejaVu.
set -e
cd "$(dirname "$0")"
OUT=..
TMP=${TMPDIR:-/tmp}/print-17-build; mkdir -p "$TMP"
LO="-env:UserInstallation=file://$TMP/lo"
# Chromium (HTML with inline CSS)
for n in giunta-carmagnola-sicraweb determina-adrano-kibernetes avviso-isernia-hypersic; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$OUT/$n.pdf" "file://$PWD/$n.html"
done
# TCPDF
for n in consiglio-lonigo-civilia ordinanza-capannori-sfera certificato-dolianova-zuddas; do
  php "$n.php" "$PWD/$OUT/$n.pdf"
done
# Python: fpdf2 and ReportLab
python3 giunta-ferrandina-halley.py "$OUT/giunta-ferrandina-halley.pdf"
python3 determina-cervia-jiride.py "$OUT/determina-cervia-jiride.pdf"
python3 deposito-ceglie-messapica-saga.py "$OUT/deposito-ceglie-messapica-saga.pdf"
# LibreOffice Writer from .docx (python-docx) and .fodt
python3 determina-erba-studiok.py determina-erba-studiok.docx
python3 convocazione-frattamaggiore-datagraph.py convocazione-frattamaggiore-datagraph.docx
for f in determina-erba-studiok.docx convocazione-frattamaggiore-datagraph.docx allegato-bovalino-word.fodt; do
  soffice --headless "$LO" --convert-to pdf --outdir "$OUT" "$f"
done
# keys
python3 keys.py
