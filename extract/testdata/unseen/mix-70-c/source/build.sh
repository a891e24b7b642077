#!/bin/sh
# Rebuilds the 12 PDFs of set mix-70-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix70c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="-env:UserInstallation=file://$T/lo-profile"
# 1 San Luca: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_sanluca.html" "$T/deliberazione-sanluca-halley.html"
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-sanluca-halley.html" --outdir "$OUT" >/dev/null
# 2 Monte San Giovanni Campano: groff -ms through gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d02_montesangiovanni.ms" > "$OUT/decreto-montesangiovannicampano-groff.pdf"
# 3 Provincia di Frosinone: reportlab, Form XObjects, blocks drawn out of reading order
python3 "$SRC/d03_provfrosinone.py" "$OUT/decreto-provinciafrosinone-hypersic.pdf"
# 4 Citta metropolitana di Firenze: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cmfirenze-chromium.pdf" "$SRC/d04_cmfirenze.html" 2>/dev/null
# 5 Unione Montana Valsesia: fpdf2, two-column roll, running head/foot
python3 "$SRC/d05_valsesia.py" "$OUT/deliberazione-valsesia-sicraweb.pdf"
# 6 Consorzio della Bonificazione Umbra: reportlab platypus, Tw justification, Tc letter-spacing
python3 "$SRC/d06_bonificazioneumbra.py" "$OUT/deliberazione-bonificazioneumbra-civilia.pdf"
# 7 Parco Nazionale del Gargano: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d07_parcogargano.html" "$OUT/determinazione-parcogargano-wkhtml.pdf"
# 8 IPAB Collereale: pdfLaTeX with microtype letter-spacing, fancyhdr
cp "$SRC/d08_collereale.tex" "$T/deliberazione-collereale-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-collereale-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-collereale-latex.tex >/dev/null)
mv "$T/deliberazione-collereale-latex.pdf" "$OUT/"
# 9 ABC Napoli: python-docx Word template -> LibreOffice
python3 "$SRC/d09_abcnapoli.py" "$T/determinazione-abcnapoli-word.docx"
soffice "$LO" --headless --convert-to pdf "$T/determinazione-abcnapoli-word.docx" --outdir "$OUT" >/dev/null
# 10 Stornara: 72-column Courier report, enscript -> PostScript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d10_stornara.txt" > "$T/d10.txt"
enscript -q -B -f Courier11 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d10.ps" "$T/d10.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/attestazione-stornara-enscript.pdf"
# 11 Plati: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_plati.py" "$T/allegato-plati-calc.xlsx"
soffice "$LO" --headless --convert-to pdf "$T/allegato-plati-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Caivano: PDF written by hand, one glyph per Tm, rotated stamp
python3 "$SRC/d12_caivano.py" "$OUT/ordinanza-caivano-kibernetes.pdf"
rm -rf "$T"
