#!/bin/sh
# html2ps (Perl) -> PostScript -> Ghostscript ps2pdf
cd "$(dirname "$0")"
html2ps -f html2psrc -e ISO-8859-1 delibera.html > delibera.ps
ps2pdf -sPAPERSIZE=a4 delibera.ps "$1/delibera-giunta-morrovalle-html2ps.pdf"
rm -f delibera.ps
