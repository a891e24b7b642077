#!/bin/sh
# Rebuilds the 12 PDFs of mix-89-c into the parent directory; intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), groff, wkhtmltopdf, enscript, ghostscript,
# pdflatex (microtype, mathptmx, fancyhdr, lastpage), libreoffice, chromium, poppler-utils.
# LibreOffice and Chromium use private profiles (/tmp/lo-89c, /tmp/chr-89c) so parallel builds do not collide.
set -e
cd "$(dirname "$0")"
OUT=$(cd .. && pwd)
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
mkdir -p $W/rt; chmod 700 $W/rt; export XDG_RUNTIME_DIR=$W/rt
LO="soffice -env:UserInstallation=file:///tmp/lo-89c --headless --convert-to pdf --outdir $W"
python3 d01_roccavaldina.py $OUT/manifesto-roccavaldina-kibernetes.pdf
groff -ms -t -Kutf8 -Tpdf -P-pa4 d02_siddi.ms > $OUT/verbale-siddi-groff.pdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm d03_petrizzi.html $OUT/avviso-petrizzi-wkhtml.pdf
python3 d04_palazzoadriano.py $W/pa.docx && $LO $W/pa.docx >/dev/null && mv $W/pa.pdf $OUT/avviso-palazzoadriano-word.pdf
enscript -q -B -f Courier9.5 -X latin1 --margins=50:40:50:40 -p $W/us.ps d05_ussaramanna.txt && ps2pdf -sPAPERSIZE=a4 $W/us.ps $OUT/avviso-ussaramanna-halley.pdf
cp d06_acquaro.tex $W/ && (cd $W && pdflatex -interaction=batchmode d06_acquaro.tex >/dev/null && pdflatex -interaction=batchmode d06_acquaro.tex >/dev/null) && mv $W/d06_acquaro.pdf $OUT/bando-acquaro-latex.pdf
python3 d07_maiera.py $OUT/esito-maiera-fpdf.pdf
python3 d08_calamonaci.py $W/ca.xlsx && $LO $W/ca.xlsx >/dev/null && mv $W/ca.pdf $OUT/graduatoria-calamonaci-calc.pdf
python3 d09_plataci.py $OUT/convocazione-plataci-apkappa.pdf
HOME=$W chromium --headless=new --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-89c --no-pdf-header-footer --print-to-pdf=$OUT/avviso-condro-chromium.pdf file://$(pwd)/d10_condro.html 2>/dev/null
python3 d11_staiti.py $OUT/certificato-staiti-halley.pdf
cp d12_tuili.html $W/tuili.html && $LO --infilter=HTML\ \(StarWriter\) $W/tuili.html >/dev/null && mv $W/tuili.pdf $OUT/avviso-tuili-writer.pdf
python3 keys_make.py
