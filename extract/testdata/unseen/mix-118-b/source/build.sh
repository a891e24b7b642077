#!/bin/sh
# Rebuild the twelve PDFs of mix-118-b from the sources in this folder, then the keys.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium, wkhtmltopdf,
# LibreOffice (soffice), pdflatex (helvet, multicol, fancyhdr, lastpage), groff-base,
# enscript, ghostscript (ps2pdf), iconv, poppler-utils (pdftotext, for keys_make.py).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# --- ASL Bari (DocSuite house style: heading grid)
python3 rl_delib_aslbari.py "$OUT"                                   # ReportLab platypus
mkdir -p "$TMP/chr"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-aslbari-docsuite.pdf" determinazione-aslbari-docsuite.html 2>/dev/null
python3 hand_det_aslbari.py "$OUT"                                   # hand-written streams, pikepdf
wkhtmltopdf -q --disable-smart-shrinking -s A4 -T 15mm -B 15mm -L 18mm -R 18mm --encoding utf-8 \
  deliberazione-aslbari-docsuite-ps.html "$OUT/deliberazione-aslbari-docsuite-prontosoccorso.pdf" 2>/dev/null

# --- ASST Pavia (Archiflow house style: left letterhead column)
python3 docx_delib_asstpavia.py "$TMP"
soffice --headless -env:UserInstallation=file://"$TMP/lo" --convert-to pdf --outdir "$TMP" \
  "$TMP/deliberazione-asstpavia-archiflow.docx" >/dev/null 2>&1
cp "$TMP/deliberazione-asstpavia-archiflow.pdf" "$OUT/"
python3 rl_det_asstpavia.py "$OUT"                                   # ReportLab canvas, Form XObject
mkdir -p "$TMP/tex"
cp avviso-asstpavia-archiflow.tex "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode avviso-asstpavia-archiflow.tex >/dev/null \
  && pdflatex -interaction=nonstopmode avviso-asstpavia-archiflow.tex >/dev/null)
cp "$TMP/tex/avviso-asstpavia-archiflow.pdf" "$OUT/"
mkdir -p "$TMP/chr2"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr2" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-asstpavia-archiflow-cardiologia.pdf" \
  deliberazione-asstpavia-archiflow-cardiologia.html 2>/dev/null

# --- Provincia di Verona (Ascot Web house style: organ in the signature only)
python3 fpdf_decreto_provverona.py "$OUT"                            # fpdf2
iconv -f utf-8 -t latin1 decreto-provinciaverona-ascotweb-deleghe.txt > "$TMP/deleghe.txt"
enscript -q -X latin1 -f Courier10 -F Courier-Bold10 --margins=50:40:30:40 -M A4 \
  -b 'Provincia di Verona - Decreto n. 61 del 18/06/2027||Pag. $% di $=' \
  -o "$TMP/deleghe.ps" "$TMP/deleghe.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/deleghe.ps" "$OUT/decreto-provinciaverona-ascotweb-deleghe.pdf"
groff -k -Tps determinazione-provinciaverona-ascotweb.tr > "$TMP/det.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/det.ps" "$OUT/determinazione-provinciaverona-ascotweb.pdf"
python3 rl_modulo_provverona.py "$OUT"                               # ReportLab form

# --- dates in the Info dictionary, then the keys
python3 setdates.py "$OUT"
python3 keys_make.py
