#!/bin/sh
# Rebuilds the 12 PDFs of set mix-35-a into the parent folder (OUTDIR).
# Needs: python3 (reportlab, python-docx, odfpy, openpyxl), LibreOffice (soffice),
# pdflatex (lmodern), enscript + ghostscript (ps2pdf), groff (gropdf), chromium.
set -e
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
cd "$TMP"
# LibreOffice profile with Italian locale (number formats of the spreadsheet)
mkdir -p lo/user
cat > lo/user/registrymodifications.xcu <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it-IT</value></prop></item>
</oor:items>
XCU
SOFFICE="soffice -env:UserInstallation=file://$TMP/lo --headless --convert-to pdf --outdir $TMP"

# 1 Comunita' Montana Valle Seriana - Word template -> LibreOffice
python3 "$SRC/d01_cmvalleseriana.py" deliberazione-cmvalleseriana-word.docx
$SOFFICE deliberazione-cmvalleseriana-word.docx
# 2 Porto Recanati - pdfLaTeX
cp "$SRC/d02_portorecanati.tex" deliberazione-portorecanati-halley.tex
pdflatex -interaction=nonstopmode deliberazione-portorecanati-halley.tex >/dev/null
pdflatex -interaction=nonstopmode deliberazione-portorecanati-halley.tex >/dev/null
# 3 Otranto - reportlab, glyph by glyph
(cd "$SRC" && python3 d03_otranto.py "$TMP/deliberazione-otranto-sicraweb.pdf")
# 4 ITIS Trieste - odfpy .odt -> LibreOffice
python3 "$SRC/d04_itistrieste.py" determinazione-itistrieste-libreoffice.odt
$SOFFICE determinazione-itistrieste-libreoffice.odt
# 5 Giovinazzo - 132-column text -> enscript -> ps2pdf
python3 "$SRC/d05_giovinazzo.py" d05.txt
enscript -B -q -X latin1 -f Courier@6.8/9 --margins=24:14:30:30 -p d05.ps d05.txt
ps2pdf -sPAPERSIZE=a4 d05.ps determinazione-giovinazzo-datagraph.pdf
# 6 Desio - reportlab, Form XObjects, Tc/Tw
(cd "$SRC" && python3 d06_desio.py "$TMP/determinazione-desio-jiride.pdf")
# 7 Barcellona Pozzo di Gotto - typewriter Word -> LibreOffice
python3 "$SRC/d07_barcellonapg.py" ordinanza-barcellonapg-word.docx
$SOFFICE ordinanza-barcellonapg-word.docx
# 8 Ente Parco dei Nebrodi - HTML -> headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$TMP/avviso-parconebrodi-chromium.pdf" "file://$SRC/d08_parconebrodi.html" 2>/dev/null
# 9 Fivizzano - filled form, reportlab
(cd "$SRC" && python3 d09_fivizzano.py "$TMP/certificato-fivizzano-modulo.pdf")
# 10 Ariccia - xlsx -> LibreOffice Calc
python3 "$SRC/d10_ariccia.py" allegato-ariccia-calc.xlsx
$SOFFICE allegato-ariccia-calc.xlsx
# 11 Consorzio di Bonifica del Canale Lunense - groff -ms -> gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d11_canalelunense.ms" > convocazione-canalelunense-groff.pdf
# 12 Sgonico / Zgonik - reportlab, two columns, out of reading order
(cd "$SRC" && python3 d12_sgonico.py "$TMP/avviso-sgonico-insiel.pdf")

cp deliberazione-cmvalleseriana-word.pdf deliberazione-portorecanati-halley.pdf deliberazione-otranto-sicraweb.pdf \
   determinazione-itistrieste-libreoffice.pdf determinazione-giovinazzo-datagraph.pdf determinazione-desio-jiride.pdf \
   ordinanza-barcellonapg-word.pdf avviso-parconebrodi-chromium.pdf certificato-fivizzano-modulo.pdf \
   allegato-ariccia-calc.pdf convocazione-canalelunense-groff.pdf avviso-sgonico-insiel.pdf "$OUT/"
rm -rf "$TMP"
echo "built into $OUT"
