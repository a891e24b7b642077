#!/bin/sh
# Writer document printed to the Segreteria's CUPS-PDF virtual printer: the
# PDF job is re-distilled by GPL Ghostscript (pdfwrite), title = job name.
# (A PostScript round trip, pdftops/ps2write -> gs, lost the text layer.)
set -e
cd "$(dirname "$0")"; T=$(mktemp -d)
python3 make_fodt.py
soffice --headless --convert-to pdf --outdir "$T" delibera_cc_12_2026.fodt >/dev/null 2>&1
cat > "$T/meta.ps" <<'PS'
[ /Title (delibera_cc_12_2026.odt) /Author (segreteria) /Creator (cups-pdf) /DOCINFO pdfmark
PS
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.4 -sPAPERSIZE=a4 \
   -sOutputFile="$1/delibera-portosangiorgio-cupspdf.pdf" "$T/delibera_cc_12_2026.pdf" "$T/meta.ps"
rm -rf "$T"
rm -f delibera_cc_12_2026.fodt
