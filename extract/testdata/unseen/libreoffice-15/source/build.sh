#!/bin/sh
# Rebuild every source document and PDF. Needs python-docx, Pillow, LibreOffice 7.4.
set -e
cd "$(dirname "$0")"
OUT=..
PROFILE=${PROFILE:-file:///tmp/libreoffice-15-scratch/lo-profile}
for s in giunta_bormio consiglio_castelsardo giunta_lentini determina_cologno determina_bisceglie determina_arezzo \
         ordinanza_ischia avviso_aprilia certificato_cascia allegato_dolo convocazione_ghilarza lettera_caulonia; do
  python3 $s.py
done
conv() { soffice --headless -env:UserInstallation=$PROFILE --convert-to "$1" --outdir $OUT "$2"; }
PLAIN=pdf
TAGGED='pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
PDFA1='pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"1"}}'
PDFA2='pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
conv "$TAGGED" giunta-bormio-halley.docx
conv "$PLAIN"  consiglio-castelsardo-sicraweb.fodt
conv "$PLAIN"  giunta-lentini-jiride.docx
conv "$PLAIN"  determina-colognomonzese-civilia.fodt
conv "$PDFA2"  determina-bisceglie-hypersic.docx
conv "$PDFA2"  determina-arezzo-word.fodt
conv "$PLAIN"  ordinanza-ischia-studiok.docx
conv "$TAGGED" avviso-aprilia-apkappa.fodt
conv "$PDFA1"  certificato-cascia-datagraph.docx
conv "$PLAIN"  allegato-dolo-writer.fodt
conv "$PLAIN"  convocazione-ghilarza-siscom.docx
conv "$PLAIN"  lettera-caulonia-writer.fodt
