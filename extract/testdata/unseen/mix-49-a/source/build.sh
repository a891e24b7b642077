#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR).
# Needs: python3 (reportlab, python-docx, openpyxl, pillow), LibreOffice (soffice), chromium,
# wkhtmltopdf, enscript + ghostscript (ps2pdf), pdflatex (texlive, lmodern, babel-italian, eurosym).
set -e
cd "$(dirname "$0")"
mkdir -p build
python3 d01_velturno.py
(cd build && soffice --headless --convert-to pdf delibera-velturno-libreoffice.docx >/dev/null)
python3 d02_petilia.py
(cd build && enscript -q -r -B -f Courier8 --margins=40:40:28:28 -o d02.ps d02.txt && ps2pdf -sPAPERSIZE=a4 d02.ps delibera-petiliapolicastro-halley.pdf)
(cd build && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=delibera-unionevallevaraita-chromium.pdf ../d03_varaita.html)
(cd build && wkhtmltopdf -q -s A4 -T 16 -B 16 -L 14 -R 14 ../d04_bonificapc.html determina-bonificapiacenza-jiride.pdf)
(cd build && cp ../d05_mamoiada.tex . && pdflatex -interaction=nonstopmode d05_mamoiada.tex >/dev/null && mv d05_mamoiada.pdf determina-mamoiada-datagraph.pdf)
python3 d06_drenchia.py
python3 d07_cerreto.py
(cd build && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=avviso-egas-chromium.pdf ../d08_egas.html)
python3 d09_aymavilles.py
(cd build && soffice --headless --convert-to pdf attestazione-aymavilles-wordtemplate.docx >/dev/null)
python3 d10_loreggia.py
(cd build && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf allegato-loreggia-excel.xlsx >/dev/null)
python3 d11_cavour.py
python3 d12_aslna3.py
(cd build && soffice --headless --convert-to pdf avviso-aslnapoli3sud-word.docx >/dev/null)
for f in delibera-velturno-libreoffice delibera-petiliapolicastro-halley delibera-unionevallevaraita-chromium \
         determina-bonificapiacenza-jiride determina-mamoiada-datagraph determina-drenchia-insiel \
         ordinanza-cerretodispoleto-halley avviso-egas-chromium attestazione-aymavilles-wordtemplate \
         allegato-loreggia-excel convocazione-cavour-sicraweb avviso-aslnapoli3sud-word; do
  cp "build/$f.pdf" ..
done
python3 keys.py > ../keys.json
python3 check_keys.py ..
