#!/bin/sh
# Rebuilds the 12 PDFs of mix-26-a into the parent directory, then keys.json, then checks the keys.
# Needs: python3 with reportlab, fpdf2, python-docx (and Pillow only for previews); LibreOffice (soffice) 7.4;
# chromium; wkhtmltopdf 0.12.6; GNU enscript and GNU a2ps + Ghostscript (ps2pdf); pdfLaTeX with psnfss (mathptmx,
# helvet), fancyhdr, tabularx, babel-italian; poppler-utils (pdftotext) for the check.
set -e
cd "$(dirname "$0")"
python3 d01_appenninoreggiano.py        # Unione Montana, Giunta dell'Unione: Sicraweb-like Word template -> soffice
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../determinazione-aspcatanzaro-apkappa.pdf d02_aspcatanzaro.html 2>/dev/null   # ASP: HTML -> Chromium
python3 d03_asinara.py                  # Ente Parco, numbered avviso: Word template (Carlito) -> soffice
wkhtmltopdf -q --disable-smart-shrinking --page-size A4 -T 16mm -B 16mm -L 18mm -R 18mm \
  --title "Convocazione Assemblea consortile" d04_monvisosolidale.html ../convocazione-monvisosolidale-wkhtmltopdf.pdf 2>/dev/null
python3 d05_rutigliano.py               # 132 columns, enscript Courier 6.8 portrait -> ps2pdf
python3 d06_osilo.py                    # 80 columns, a2ps Courier -> ps2pdf
python3 d07_girifalco.py                # typewriter-like Word (Courier New -> Liberation Mono) -> soffice
python3 d08_buttrio.py                  # fpdf2 form, underscore blanks typed over on the same baseline
pdflatex -interaction=nonstopmode d09_montegranaro.tex >/dev/null
pdflatex -interaction=nonstopmode d09_montegranaro.tex >/dev/null
cp d09_montegranaro.pdf ../deliberazione-montegranaro-latex.pdf
python3 d10_manzano.py                  # ReportLab, one Tm per glyph, no spaces, rotated Albo stamp
python3 d11_bertinoro.py                # ReportLab base-14 fonts, Tw/Tc justification, Tc letter-spaced headings
python3 d12_albaadriatica.py            # ReportLab, Form XObjects, painted out of reading order
rm -f *.aux *.log d09_montegranaro.pdf *.ps *.ps~ *.docx d05_rutigliano.txt d06_osilo.txt
python3 make_keys.py
cd .. && python3 source/check_keys.py keys.json
