#!/bin/sh
# Rebuilds every PDF of the set into the folder above this one.
# Needs: php 8.2 + TCPDF 6.6 (/usr/share/php/tcpdf), wkhtmltopdf 0.12.6 (unpatched Qt),
# python3 + python-docx, LibreOffice (soffice), Ghostscript (gs, ps2pdf), poppler (pdftops).
set -e
cd "$(dirname "$0")"
OUT=..
TMP=/tmp/mixed-15-scratch/build; mkdir -p $TMP

# --- TCPDF (the scripts write straight into /tmp/round15/mixed-15) ---
for f in giunta-celano-tcpdf determina-brescia-tcpdf certificato-scilla-tcpdf convocazione-villacidro-tcpdf; do
  php $f.php
done

# --- wkhtmltopdf (unpatched Qt: --header-*/--footer-* are ignored, so none are passed) ---
W="env QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --encoding utf-8 -s A4"
$W -T 15 -B 15 -L 18 -R 18 --zoom 1.15 consiglio-altamura-wkhtml.html $OUT/consiglio-altamura-wkhtml.pdf
$W -T 14 -B 14 -L 20 -R 18 --zoom 1.1 determina-castelfrancoveneto-wkhtml.html $OUT/determina-castelfrancoveneto-wkhtml.pdf
$W -T 15 -B 15 -L 20 -R 20 --zoom 1.15 bando-alassio-wkhtml.html $OUT/bando-alassio-wkhtml.pdf
$W -O Landscape -T 12 -B 12 -L 15 -R 15 --zoom 1.1 allegato-ferentino-wkhtml.html $OUT/allegato-ferentino-wkhtml.pdf

# --- Writer + virtual printer (PostScript, then Ghostscript) ---
python3 make_docx.py
soffice --headless -env:UserInstallation=file:///tmp/mixed-15-lo --convert-to pdf --outdir $TMP \
  giunta-santagatadimilitello-writer.docx determina-cesenatico-writer.docx \
  ordinanza-colledivaldelsa-writer.docx avviso-tursi-writer.docx
# PDFCreator-like: ps2write then ps2pdf, default settings
gs -q -dNOPAUSE -dBATCH -sDEVICE=ps2write -sOutputFile=$TMP/santagata.ps $TMP/giunta-santagatadimilitello-writer.pdf
ps2pdf $TMP/santagata.ps $OUT/giunta-santagatadimilitello-writer.pdf
# PDF24-like "ebook" quality
gs -q -dNOPAUSE -dBATCH -sDEVICE=ps2write -sOutputFile=$TMP/cesenatico.ps $TMP/determina-cesenatico-writer.pdf
ps2pdf -dPDFSETTINGS=/ebook $TMP/cesenatico.ps $OUT/determina-cesenatico-writer.pdf
# through poppler's pdftops instead of ps2write
pdftops -paper A4 $TMP/ordinanza-colledivaldelsa-writer.pdf $TMP/colle.ps
ps2pdf $TMP/colle.ps $OUT/ordinanza-colledivaldelsa-writer.pdf
# default again
gs -q -dNOPAUSE -dBATCH -sDEVICE=ps2write -sOutputFile=$TMP/tursi.ps $TMP/avviso-tursi-writer.pdf
ps2pdf $TMP/tursi.ps $OUT/avviso-tursi-writer.pdf
