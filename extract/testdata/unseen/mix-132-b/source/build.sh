#!/bin/sh
# Rebuild the twelve PDFs of set mix-132-b (Python 3 + reportlab metrics,
# enscript, a2ps, groff, ghostscript's ps2pdf, pdflatex).  No test runs it.
set -e
cd "$(dirname "$0")"
OUT=..
build() { # script id producer file
    T=$(mktemp -d)
    python3 "$1" "$2" "$3" "$OUT/$4" "$T"
    rm -rf "$T"
}
# Comune di Ardore (Calabria) - ASMENET Atti Amministrativi, 80-column report
build ardore_make.py A1 enscript deliberazione-ardore-asmenet.pdf
build ardore_make.py A2 a2ps     giunta-ardore-asmenet.pdf
build ardore_make.py A3 groff    consiglio-ardore-asmenet.pdf
build ardore_make.py A4 rawpdf   consiglio-ardore-asmenet-stampa.pdf
# Comune di Villa Carcina (Lombardia) - Dedalo Atti, plain typesetting in Times
build vc_make.py B1 groff  deliberazione-villacarcina-dedalo.pdf
build vc_make.py B2 latex  giunta-villacarcina-dedalo.pdf
build vc_make.py B3 rawpdf consiglio-villacarcina-dedalo.pdf
build vc_make.py B4 ps     ratifica-villacarcina-dedalo.pdf
# Comune di Oschiri (Sardegna) - SIPAL Gestione Delibere, form DG01 over underscores
build oschiri_make.py C1 rawpdf   deliberazione-oschiri-sipal.pdf
build oschiri_make.py C2 ps       giunta-oschiri-sipal.pdf
build oschiri_make.py C3 enscript consiglio-oschiri-sipal.pdf
build oschiri_make.py C4 a2ps     convenzione-oschiri-sipal.pdf
python3 keys_make.py
