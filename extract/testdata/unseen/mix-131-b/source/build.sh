#!/bin/sh
# Rebuilds the 12 PDFs of mix-131-b. Every document reaches its PDF the way
# a virtual PDF printer (PDFCreator, cups-pdf) makes it: PostScript, then
# Ghostscript's ps2pdf. The PostScript comes from LibreOffice prints (passed
# through pdftocairo -ps, as a CUPS filter chain does), groff, enscript, a2ps,
# dvips, Chromium prints (pdftocairo -ps) and hand-written PostScript programs.
set -eu
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
TX=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$T" "$LO" "$TX" "$CH"' EXIT
cd "$SRC"

writer() { # docx -> Writer PDF print -> PostScript
  soffice --headless -env:UserInstallation=file://"$LO" --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
  pdftocairo -ps "$T/$(basename "$1" .docx).pdf" "$2"
}

# --- Comune di Contursi Terme (Campania), 'Asmenet' house style
python3 c1_deliberazione.py "$T/c1.docx"
writer "$T/c1.docx" "$T/c1.ps"
ps2pdf -dPDFSETTINGS=/printer "$T/c1.ps" "$OUT/deliberazione-contursiterme-asmenet.pdf"

python3 c2_determinazione.py "$T/c2.ps"
ps2pdf -dPDFSETTINGS=/printer "$T/c2.ps" "$OUT/determinazione-contursiterme-asmenet.pdf"

groff -k -Tps -P-pa4 c3_ordinanza.tr > "$T/c3.ps"
ps2pdf -dPDFSETTINGS=/printer "$T/c3.ps" "$OUT/ordinanza-contursiterme-asmenet.pdf"

python3 c4_certificato.py "$T/c4.ps"
ps2pdf -dPDFSETTINGS=/printer "$T/c4.ps" "$OUT/certificato-contursiterme-asmenet.pdf"

# --- Comune di La Morra (Piemonte), 'Sipal' 80-column reports
python3 m1_consiglio.py "$T/m1.txt"
enscript -q -X latin1 -M A4 -f Courier@10/12.5 --margins=50:40:36:40 \
  -b 'Comune di La Morra - Deliberazione C.C. n. 31 del 27/07/2028||Pag. $% di $=' \
  -t DELCC_31_2028 -o "$T/m1.ps" "$T/m1.txt"
ps2pdf "$T/m1.ps" "$OUT/consiglio-lamorra-sipal.pdf"

python3 m2_determinazione.py "$T/m2.txt"
a2ps -q -1 -R --borders=no -M A4 -X iso1 --chars-per-line=80 --header= --left-title= \
  --center-title='Determinazione Area Finanziaria n. 188 del 12/07/2028' --right-title= \
  --footer= --left-footer='Comune di La Morra' --right-footer='Pag. $p./$p>' \
  --title=DETAF_188_2028 -o "$T/m2.ps" "$T/m2.txt"
ps2pdf "$T/m2.ps" "$OUT/determinazione-lamorra-sipal-tributi.pdf"

python3 m3_giunta.py "$T/m3.tr"
groff -Tps -P-pa4 "$T/m3.tr" > "$T/m3.ps"
ps2pdf "$T/m3.ps" "$OUT/giunta-lamorra-sipal.pdf"

python3 m4_determinazione.py "$T/m4.ps"
ps2pdf "$T/m4.ps" "$OUT/determinazione-lamorra-sipal-tecnica.pdf"

# --- Comune di Pedaso (Marche), 'Halley' house style
python3 p1_giunta.py "$T/p1.ps"
ps2pdf -dPDFSETTINGS=/ebook "$T/p1.ps" "$OUT/giunta-pedaso-halley.pdf"

chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
  --print-to-pdf="$T/p2.pdf" "file://$SRC/p2_consiglio.html" >/dev/null 2>&1
pdftocairo -ps "$T/p2.pdf" "$T/p2.ps"
ps2pdf -dPDFSETTINGS=/ebook "$T/p2.ps" "$OUT/consiglio-pedaso-halley.pdf"

cp p3_determinazione.tex "$TX/"
(cd "$TX" && latex -interaction=batchmode p3_determinazione.tex >/dev/null &&
  latex -interaction=batchmode p3_determinazione.tex >/dev/null &&
  dvips -q -t a4 -o p3.ps p3_determinazione.dvi)
ps2pdf -dPDFSETTINGS=/ebook "$TX/p3.ps" "$OUT/determinazione-pedaso-halley.pdf"

python3 p4_allegato.py "$T/p4.docx" >/dev/null
writer "$T/p4.docx" "$T/p4.ps"
ps2pdf -dPDFSETTINGS=/ebook "$T/p4.ps" "$OUT/allegato-pedaso-halley.pdf"

ls -l "$OUT"/*.pdf
