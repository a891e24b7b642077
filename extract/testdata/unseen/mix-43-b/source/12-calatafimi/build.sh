#!/bin/sh
# Comune di Calatafimi-Segesta - unnumbered avviso: reStructuredText rendered by rst2pdf (on ReportLab)
cd "$(dirname "$0")"
rst2pdf -s stile.yaml --font-path=/usr/share/fonts/truetype/dejavu -o ../../avviso-calatafimisegesta-rst2pdf.pdf avviso.rst
