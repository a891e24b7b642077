#!/bin/sh
# Asciidoctor PDF (Ruby, Prawn) with a custom theme
cd "$(dirname "$0")"
asciidoctor-pdf -a pdf-themesdir=. -o "$1/avviso-foglianoredipuglia-asciidoctor-pdf.pdf" avviso.adoc
