#!/bin/sh
# Rebuilds the twelve PDFs of set mix-111-c into the folder above this one.
set -e
cd "$(dirname "$0")"
OUT=..
T=$(mktemp -d)
python3 rubano.py $OUT
python3 rubano_cert.py .
python3 frattaminore.py . $OUT
python3 uras.py .
CH=$(mktemp -d)
for f in giunta-frattaminore-halley certificato-rubano-sicraweb; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir=$CH --no-pdf-header-footer --print-to-pdf=$OUT/$f.pdf $f.html
done
wkhtmltopdf -q -s A4 giunta-frattaminore-halley-adi.html $OUT/giunta-frattaminore-halley-adi.pdf
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir $OUT consiglio-frattaminore-halley.docx
groff -Tps -P-pa4 -Kutf8 consiglio-uras-siscom.tr > $T/u1.ps 2>/dev/null || groff -Tps -P-pa4 consiglio-uras-siscom.tr > $T/u1.ps
ps2pdf -sPAPERSIZE=a4 $T/u1.ps $OUT/consiglio-uras-siscom.pdf
enscript -q -B -f Courier9 -M A4 --margins=60:40:40:40 -X latin1 -o $T/u2.ps giunta-uras-siscom.txt
ps2pdf -sPAPERSIZE=a4 $T/u2.ps $OUT/giunta-uras-siscom.pdf
a2ps -q -1 -B --borders=no -M A4 --encoding=latin1 -f 10 -o $T/u4.ps certificato-uras-siscom.txt
ps2pdf -sPAPERSIZE=a4 $T/u4.ps $OUT/certificato-uras-siscom.pdf
cp giunta-uras-siscom-lavoras.tex $T/ && (cd $T && pdflatex -interaction=batchmode giunta-uras-siscom-lavoras.tex >/dev/null) && cp $T/giunta-uras-siscom-lavoras.pdf $OUT/
rm -rf $T $CH
