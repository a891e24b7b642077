#!/bin/sh
# Rebuilds the 12 PDFs of mix-25-a into the parent directory, then keys.json, then checks the keys.
# Needs: python3 with reportlab, fpdf2, python-docx; LibreOffice (soffice); chromium; GNU enscript + ghostscript (ps2pdf);
# groff (gropdf); pdflatex with lmodern, fancyhdr, tabularx; poppler-utils (pdftotext) for the check.
set -e
cd "$(dirname "$0")"
python3 d01_valsassina.py                     # Comunità Montana, Giunta Esecutiva: Word template -> soffice
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../determinazione-aspagrigento-dedagroup.pdf d02_aspagrigento.html 2>/dev/null   # ASP: HTML -> Chromium
python3 d03_piedimontematese.py               # 132 columns, enscript landscape -> ps2pdf
python3 d04_trezzosulladda.py                 # ReportLab, Tw/Tc justification, Tc letter-spaced headings
python3 d05_mistretta.py                      # typewriter-like Word (Courier New) -> soffice
python3 d06_partenio.py                       # Ente Parco avviso: Word template (Carlito) -> soffice
python3 d07_montescaglioso.py                 # 80 columns, groff -Tpdf, Courier
python3 d08_caldogno.py                       # fpdf2 form, underscore blanks filled above the rule
pdflatex -interaction=nonstopmode d09_certaldo.tex >/dev/null
pdflatex -interaction=nonstopmode d09_certaldo.tex >/dev/null
cp d09_certaldo.pdf ../deliberazione-certaldo-latex.pdf
python3 d10_marino.py                         # ReportLab, glyph by glyph + rotated Albo stamp
python3 d11_sabaudia.py                       # ReportLab, Form XObjects, painted out of reading order
python3 d12_valledisole.py                    # Comunità di valle convocation: Writer (python-docx) -> soffice
rm -f *.aux *.log d09_certaldo.pdf *.ps *.docx d03_piedimontematese.txt d07_montescaglioso.tr
python3 make_keys.py
cd .. && python3 source/check_keys.py keys.json
