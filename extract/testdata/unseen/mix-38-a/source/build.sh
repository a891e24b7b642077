#!/bin/sh
# Rebuilds the 12 PDFs of set mix-38-a into the parent directory.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), LibreOffice (soffice), pdflatex (lmodern, babel-italian),
# enscript + ghostscript (ps2pdf), chromium, wkhtmltopdf.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B=$(mktemp -d)
cd "$B"
cp "$SRC"/*.py "$SRC"/*.tex "$SRC"/*.html .
python3 crest.py crest_chiusa.png '#c8102e' '#ffffff'
python3 crest.py crest_dolina.png '#1f4e9a' '#f2c200'
python3 crest.py crest_barigadu.png '#2e7d32' '#fbc02d'
python3 crest.py crest_brindisi.png '#0d47a1' '#e53935'
python3 crest.py crest_montorio.png '#1b3f73' '#d4af37'
# 1 Chiusa: Word template -> LibreOffice
python3 d01_chiusa.py delibera-chiusa-word.docx crest_chiusa.png
soffice --headless --convert-to pdf delibera-chiusa-word.docx >/dev/null
# 2 San Dorligo della Valle: pdfLaTeX
pdflatex -interaction=nonstopmode d02_sandorligo.tex >/dev/null; pdflatex -interaction=nonstopmode d02_sandorligo.tex >/dev/null
mv d02_sandorligo.pdf delibera-sandorligo-tex.pdf
# 3 Unione Barigadu: reportlab platypus
python3 d03_barigadu.py delibera-barigadu-sicraweb.pdf crest_barigadu.png
# 4 Montecosaro: 132-column text -> enscript -> ps2pdf
python3 d04_montecosaro.py d04.txt
enscript -q -r -B -f Courier8.6 -M A4 -X latin1 --margins=28:28:24:24 -o d04.ps d04.txt
ps2pdf -sPAPERSIZE=a4 d04.ps determina-montecosaro-saga.pdf
# 5 Provincia di Brindisi: Word template -> LibreOffice
python3 d05_brindisi.py determina-provinciabrindisi-word.docx crest_brindisi.png
soffice --headless --convert-to pdf determina-provinciabrindisi-word.docx >/dev/null
# 6 Galatone: raw PDF, glyph by glyph, Tw/Tc, rotated stamp
python3 d06_galatone.py determina-galatone-halley.pdf
# 7 Montorio al Vomano: HTML -> Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=ordinanza-montorioalvomano-chromium.pdf d07_montorio.html 2>/dev/null
# 8 Grand-Paradis: HTML -> wkhtmltopdf
wkhtmltopdf -q -s A4 -T 16 -B 18 -L 17 -R 17 d08_grandparadis.html avviso-grandparadis-wkhtmltopdf.pdf 2>/dev/null
# 9 Gavoi: filled form, reportlab canvas
python3 d09_gavoi.py certificato-gavoi-word.pdf
# 10 Vallagarina: xlsx -> LibreOffice Calc (Italian locale for number formats)
python3 d10_vallagarina.py allegato-vallagarina-calc.xlsx
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf allegato-vallagarina-calc.xlsx >/dev/null
# 11 Majano: typewriter-like Word letter -> LibreOffice
python3 d11_majano.py convocazione-majano-typewriter.docx
soffice --headless --convert-to pdf convocazione-majano-typewriter.docx >/dev/null
# 12 Majella: raw PDF with Form XObjects, out-of-order content
python3 d12_majella.py avviso-majella-dedagroup.pdf
cp delibera-chiusa-word.pdf delibera-sandorligo-tex.pdf delibera-barigadu-sicraweb.pdf determina-montecosaro-saga.pdf \
   determina-provinciabrindisi-word.pdf determina-galatone-halley.pdf ordinanza-montorioalvomano-chromium.pdf \
   avviso-grandparadis-wkhtmltopdf.pdf certificato-gavoi-word.pdf allegato-vallagarina-calc.pdf \
   convocazione-majano-typewriter.pdf avviso-majella-dedagroup.pdf "$OUT"/
echo "built in $B"
