#!/bin/sh
# Rebuilds the 12 PDFs of mix-23-a into the parent directory, then keys.json.
# Needs: python3 with reportlab, fpdf2, python-docx; enscript + ghostscript (ps2pdf); pdflatex (lmodern);
# LibreOffice (soffice); chromium; poppler-utils for the check.
set -e
cd "$(dirname "$0")"
python3 d01_monreale.py                       # enscript -> ps2pdf, 132 columns
pdflatex -interaction=nonstopmode d02_chiaravalle.tex >/dev/null
pdflatex -interaction=nonstopmode d02_chiaravalle.tex >/dev/null
cp d02_chiaravalle.pdf ../deliberazione-chiaravalle-jiride.pdf
python3 d03_vallebrembana.py                  # python-docx -> soffice
python3 d04_sandaniele.py                     # python-docx (Courier New) -> soffice
python3 d05_marigliano.py                     # ReportLab, glyph by glyph + Tw/Tc
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../determinazione-asppotenza-dedagroup.pdf d06_asppotenza.html 2>/dev/null
python3 d07_senise.py                         # ReportLab, out of reading order + rotated stamp
python3 d08_parcocilento.py                   # python-docx -> soffice
python3 d09_gorgonzola.py                     # ReportLab Courier, 80 columns
python3 d10_grottammare.py                    # ReportLab Form XObjects
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=../convocazione-carnia-chromium.pdf d11_carnia.html 2>/dev/null
python3 d12_leonforte.py                      # fpdf2 form with underscores
python3 make_keys.py
cd .. && python3 source/check_keys.py keys.json
