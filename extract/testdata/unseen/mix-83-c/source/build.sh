#!/bin/sh
# Rebuilds the 12 PDFs of mix-83-c into the parent directory, then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), pdflatex (lmodern), enscript, ghostscript
# (ps2pdf), groff (gropdf), wkhtmltopdf, chromium, libreoffice (writer + calc), pdftotext.
# Intermediates go to a temporary directory that is removed at the end.
set -e
cd "$(dirname "$0")"
S=$(pwd); OUT=$(cd .. && pwd)
W=$(mktemp -d /tmp/mix83c-build.XXXXXX); trap 'rm -rf "$W"' EXIT
mkdir -p $W/rt; chmod 700 $W/rt; export XDG_RUNTIME_DIR=$W/rt
LO="soffice -env:UserInstallation=file://$W/lo --headless --convert-to pdf --outdir $W"
# 1 pdflatex (run twice for the page foot)
(cd $W && pdflatex -interaction=batchmode $S/d01_morigerati.tex >/dev/null && pdflatex -interaction=batchmode $S/d01_morigerati.tex >/dev/null)
mv $W/d01_morigerati.pdf $OUT/decreto-morigerati-latex.pdf
# 2 python-docx -> LibreOffice Writer
python3 d02_sorradile.py $W/sorradile.docx && $LO $W/sorradile.docx >/dev/null 2>&1 && mv $W/sorradile.pdf $OUT/decreto-sorradile-word.pdf
# 3 wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 14mm -B 14mm -L 15mm -R 15mm --title "Decreto n. 7/2026" d03_carpegna.html $OUT/decreto-carpegna-wkhtml.pdf
# 4 enscript + ps2pdf (Latin-1 text, enscript running head on every page)
iconv -f utf-8 -t latin1 d04_borgotossignano.txt > $W/bt.txt
enscript -q -X latin1 -f Courier12 --header='Comune di Borgo Tossignano|Decreto sindacale n. 5/2026|Pag. $% di $=' -M A4 -o $W/bt.ps $W/bt.txt
ps2pdf -sPAPERSIZE=a4 $W/bt.ps $OUT/decreto-borgotossignano-enscript.pdf
# 5 headless Chromium
HOME=$W chromium --headless=new --no-sandbox --disable-gpu --user-data-dir=$W/chr --no-pdf-header-footer --print-to-pdf=$OUT/decreto-provinciafermo-chromium.pdf d05_provinciafermo.html 2>/dev/null
# 6 groff -ms + tbl -> gropdf
groff -ms -t -k -Tpdf -dpaper=a4 -P-pa4 d06_tufillo.ms > $OUT/provvedimento-tufillo-groff.pdf 2>/dev/null
# 7 ReportLab canvas, glyph by glyph
python3 d07_montazzoli.py $OUT/decreto-montazzoli-glyph.pdf
# 8 fpdf2
python3 d08_sanpietroavellana.py $OUT/determina-sanpietroavellana-fpdf.pdf
# 9 hand-written PDF
python3 d09_monteverde.py $OUT/determina-monteverde-rawpdf.pdf
# 10 ReportLab platypus
python3 d10_cuccarovetere.py $OUT/certificato-cuccarovetere-reportlab.pdf
# 11 openpyxl -> LibreOffice Calc
python3 d11_sadali.py $W/sadali.xlsx && $LO $W/sadali.xlsx >/dev/null 2>&1 && mv $W/sadali.pdf $OUT/allegato-sadali-calc.pdf
# 12 ReportLab canvas, two columns
python3 d12_nughedusantavittoria.py $OUT/avviso-nughedusantavittoria-reportlab.pdf
python3 keys_make.py
