#!/bin/sh
# Rebuilds the 12 PDFs into the parent folder (OUTDIR) and keys.json.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), pdflatex (lmodern, babel-italian, fancyhdr),
# libreoffice (writer + calc), chromium, enscript, ghostscript (ps2pdf).
set -e
cd "$(dirname "$0")"
OUT=..
# LibreOffice profile with an Italian locale (decimal comma in the Calc annex)
LOPROF=/tmp/lo_it_profile_mix46a
mkdir -p $LOPROF/user
cat > $LOPROF/user/registrymodifications.xcu <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it-IT</value></prop></item>
</oor:items>
XCU
SOFF="soffice -env:UserInstallation=file://$LOPROF --headless --convert-to pdf"
# 1 TeX
pdflatex -interaction=nonstopmode 01-delibera-ameglia.tex >/dev/null
pdflatex -interaction=nonstopmode 01-delibera-ameglia.tex >/dev/null
cp 01-delibera-ameglia.pdf $OUT/delibera-ameglia-tex.pdf
# 2 typewriter-like Word
python3 02-delibera-ferrazzano.py && $SOFF 02-delibera-ferrazzano.docx >/dev/null
cp 02-delibera-ferrazzano.pdf $OUT/delibera-ferrazzano-wordtemplate.pdf
# 3 bilingual DE/IT, Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/delibera-burgraviato-sicraweb.pdf 03-delibera-burgraviato.html 2>/dev/null
# 4 132-column report
python3 04-determina-vizzini.py
enscript -q -B -r -f Courier8 --margins=36:36:24:24 -X latin1 -o 04-determina-vizzini.ps 04-determina-vizzini.txt
ps2pdf -sPAPERSIZE=a4 04-determina-vizzini.ps $OUT/determina-vizzini-saga132.pdf
# 5 Word template
python3 05-determina-golgiredaelli.py && $SOFF 05-determina-golgiredaelli.docx >/dev/null
cp 05-determina-golgiredaelli.pdf $OUT/determina-golgiredaelli-wordtemplate.pdf
# 6, 7, 9, 12 reportlab (write straight into OUTDIR)
python3 06-determina-pollein.py
python3 07-ordinanza-grimacco.py
python3 09-attestazione-pomarance.py
python3 12-avviso-collesano.py
# 8 Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/avviso-parcogallipolicognato-chromium.pdf 08-avviso-parcogallipolicognato.html 2>/dev/null
# 10 spreadsheet
python3 10-allegato-gavirate.py && $SOFF Allegato_A_det_201_2026.xlsx >/dev/null
cp Allegato_A_det_201_2026.pdf $OUT/allegato-gavirate-calc.pdf
# 11 Word template
python3 11-convocazione-cmaniene.py && $SOFF 11-convocazione-cmaniene.docx >/dev/null
cp 11-convocazione-cmaniene.pdf $OUT/convocazione-cmaniene-wordtemplate.pdf
# keys
python3 keys.py
# leave only sources behind
rm -f *.pdf *.docx *.xlsx *.ps *.aux *.log *.png 04-determina-vizzini.txt
rm -rf __pycache__
