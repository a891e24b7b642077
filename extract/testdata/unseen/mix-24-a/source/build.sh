#!/bin/sh
# Rebuilds the 12 PDFs of mix-24-a into the parent directory, then keys.json, then checks the keys.
# Needs: python3 with reportlab, fpdf2, python-docx; groff (gropdf); enscript + ghostscript (ps2pdf);
# pdflatex with lmodern; LibreOffice (soffice); chromium; php-cli + php-tcpdf; poppler-utils.
set -e
cd "$(dirname "$0")"
python3 d01_vallesavio.py                     # python-docx -> soffice (Unione dei Comuni, Giunta)
python3 d02_arenzano.py                       # 80 columns, groff -Tpdf, Courier
pdflatex -interaction=nonstopmode d03_zolapredosa.tex >/dev/null
pdflatex -interaction=nonstopmode d03_zolapredosa.tex >/dev/null
cp d03_zolapredosa.pdf ../deliberazione-zolapredosa-kibernetes.pdf
python3 d04_parcosila.py                      # Word template -> soffice (Ente Parco)
python3 d05_cortemilia.py                     # 132 columns, enscript -> ps2pdf
python3 d06_teulada.py                        # ReportLab, glyph by glyph + rotated Albo stamp
python3 d07_cariati.py                        # typewriter-like Word (Courier New) -> soffice
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../avviso-atscampobasso-chromium.pdf d08_atscampobasso.html 2>/dev/null
python3 d09_bevagna.py                        # fpdf2 form with underscore blanks
php d10_sudsardegna.php                       # TCPDF annex (Provincia)
python3 d11_trivento.py                       # ReportLab, Tw/Tc justification, Tc-spaced headings
python3 d12_massamartana.py                   # ReportLab, Form XObjects, out of reading order
rm -f *.aux *.log d03_zolapredosa.pdf *.ps *.docx d02_arenzano.tr d05_cortemilia.txt
python3 make_keys.py
cd .. && python3 source/check_keys.py keys.json
