#!/bin/sh
# OCR the image-only PDFs of $S/img into the output folder
S=${S:-/tmp/scan-17-scratch}
OUT=${OUT:-/tmp/round17/scan-17}
o() { n=$1; shift; ocrmypdf -q "$@" $S/img/$n.pdf $OUT/$n.pdf || echo "FAIL $n"; }
o giunta-mantova-sicraweb        -l ita --pdf-renderer sandwich
o giunta-mussomeli-datagraph     -l ita --pdf-renderer sandwich --deskew
o determina-venosa-studiok       -l ita --pdf-renderer sandwich
o ordinanza-tarquinia-hypersic   -l ita+eng --pdf-renderer sandwich
o certificato-terrasini-saga     -l ita --pdf-renderer sandwich --deskew
o avviso-deposito-oleggio-siscom -l ita --pdf-renderer sandwich
o consiglio-polignano-halley     -l ita --pdf-renderer hocr
o determina-riva-civilia         -l ita --pdf-renderer hocr
o determina-portogruaro-jiride   -l ita --pdf-renderer hocr --rotate-pages --rotate-pages-threshold 2
o avviso-sanbenedetto-sfera      -l ita --pdf-renderer hocr
o allegato-vado-word             -l ita+eng --pdf-renderer hocr
o convocazione-muravera-zuddas   -l ita --pdf-renderer hocr
