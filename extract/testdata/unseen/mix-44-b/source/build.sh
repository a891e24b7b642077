#!/bin/sh
# Rebuilds the 12 PDFs into OUTDIR (default: the folder above source/).
# Tools: pdflatex (texlive), python3 with reportlab, borb, docx-mailmerge, python-docx, relatorio,
# z3c.rml, rinohtype (+ rinoh-typeface-texgyrepagella/-texgyreheros); html2ps + ghostscript;
# vim; asciidoctor-pdf; node + playwright-core (in node/) with /usr/bin/chromium; pdfcpu (go install
# github.com/pdfcpu/pdfcpu/cmd/pdfcpu@latest); LibreOffice (soffice).
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$(dirname "$HERE")}"
for d in 01-monastir 02-castelfrentano 03-morrovalle 04-casamassima 05-terralbese 06-moggioudinese 07-roccasangiovanni \
         08-foglianoredipuglia 09-palagianello 10-serdiana 11-monteurano 12-melpignano; do
  echo "== $d"; sh "$HERE/$d/build.sh" "$OUT"
done
