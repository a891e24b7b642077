#!/bin/sh
# Rebuilds the 12 PDFs of mix-27-a into the parent directory, then keys.json, then checks the keys.
# Needs: python3 with reportlab, python-docx, openpyxl, Pillow; LibreOffice (soffice) 7.4; chromium; wkhtmltopdf 0.12.6;
# GNU enscript + Ghostscript (ps2pdf); pdfLaTeX with psnfss (mathptmx, helvet), microtype, fancyhdr, tabularx,
# babel-italian; poppler-utils (pdftotext) for the check. kit.py, docxkit.py and check_keys.py are copied from mix-26-a.
set -e
cd "$(dirname "$0")"
python3 d01_adigeeuganeo.py             # Consorzio di bonifica, C.d.A.: Word template (Carlito) -> soffice
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../determinazione-aslfrosinone-dedagroup.pdf d02_aslfrosinone.html 2>/dev/null   # ASL: HTML -> Chromium
python3 d03_pollino.py                  # Ente Parco, numbered avviso: Word template -> soffice (Writer)
wkhtmltopdf -q --page-size A4 -T 15mm -B 15mm -L 20mm -R 18mm --title "Convocazione Assemblea" \
  d04_vallecamonica.html ../convocazione-vallecamonica-wkhtmltopdf.pdf 2>/dev/null   # Comunità Montana: HTML -> wkhtmltopdf
python3 d05_favara.py                   # 132 columns, enscript landscape Courier 8 -> ps2pdf
python3 d06_montefiascone.py            # ReportLab form, underscore blanks filled in Liberation Mono
python3 d07_viggiano.py                 # typewriter-like Word (Courier New -> Liberation Mono) -> soffice
python3 d08_manerbio.py                 # openpyxl .xlsx -> LibreOffice Calc (it-IT profile) -> PDF
pdflatex -interaction=nonstopmode d09_sinalunga.tex >/dev/null
pdflatex -interaction=nonstopmode d09_sinalunga.tex >/dev/null
cp d09_sinalunga.pdf ../deliberazione-sinalunga-latex.pdf
python3 d10_montecchiomaggiore.py       # ReportLab, one BT/ET per glyph, no spaces, rotated Albo stamp on the left
python3 d11_castiglionfiorentino.py     # ReportLab base-14, Form XObject letterhead, Tw/Tc justification, Tc headings
python3 d12_capodorlando.py             # ReportLab, picture letterhead + caption, two columns, out of reading order
rm -f *.aux *.log *.out d09_sinalunga.pdf *.ps *.docx *.xlsx d05_favara.txt d12_testata.png
python3 make_keys.py
cd .. && python3 source/check_keys.py keys.json
