#!/bin/sh
# OCR step as run for round 16 (scratch dir /tmp/scan-16-scratch, output /tmp/round16/scan-16)
S=/tmp/scan-16-scratch; O=/tmp/round16/scan-16
o() { n=$1; shift; ocrmypdf -q --jobs 1 "$@" $S/$n.img.pdf $O/$n.pdf; }
o giunta-acquiterme-halley       -l ita --pdf-renderer sandwich &
o consiglio-galatina-sicraweb    -l ita --pdf-renderer hocr &
o giunta-ittiri-siscom           -l ita --pdf-renderer sandwich --deskew &
o determina-castelfidardo-jiride -l ita --pdf-renderer hocr &
o determina-caorle-civilia       -l ita --pdf-renderer sandwich &
o determina-enna-kibernetes      -l ita+eng --pdf-renderer hocr &
wait
o ordinanza-ladispoli-apkappa    -l ita --pdf-renderer sandwich --rotate-pages &
o avviso-dueville-datagraph      -l ita --pdf-renderer hocr &
o certificato-deruta-studiok     -l ita --pdf-renderer sandwich &
o allegato-follonica-word        -l ita --pdf-renderer hocr --rotate-pages &
o convocazione-bernalda-hypersic -l ita+eng --pdf-renderer sandwich &
o lettera-giarre-sfera           -l ita --pdf-renderer hocr --deskew &
wait
