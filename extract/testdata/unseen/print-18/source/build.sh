#!/bin/sh
# Rebuilds every PDF of /tmp/round18/print-18 from the sources in this folder.
set -e
cd "$(dirname "$0")"
OUT=..
for f in giunta-pontassieve-sicraweb determina-ozzano-civilia convocazione-moladibari-hypersic; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/$f.pdf file://$PWD/$f.html
done
for f in consiglio-mondragone-halley determina-polistena-studiok certificato-mazzarino-datagraph; do
  php $f.php   # TCPDF 6.6 (writes to /tmp/round18/print-18)
done
python3 make_docx.py
for f in giunta-sedilo-zuddas ordinanza-salo-word allegato-racconigi-word; do
  soffice --headless -env:UserInstallation=file:///tmp/print-18-lo --convert-to pdf --outdir $OUT $f.docx
done
python3 make_reportlab.py   # determina-trescore-jiride, comunicazione-orte-kibernetes
python3 make_fpdf.py        # avviso-valmontone-apkappa
