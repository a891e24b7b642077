#!/bin/sh
# Rebuilds the 12 PDFs of mix-47-a into the parent folder (OUTDIR). Needs python3 (python-docx,
# openpyxl, reportlab), LibreOffice (writer + calc), chromium, wkhtmltopdf, enscript, ghostscript, pdflatex.
set -e
cd "$(dirname "$0")"
OUT=..
mkdir -p build
LOPROF=file:///tmp/lo_mix47a_profile
soff() { LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless -env:UserInstallation=$LOPROF --convert-to pdf --outdir build "$1" >/dev/null 2>&1; }

# 1 Unione Montana Valle Maira - delibera Consiglio dell'Unione (python-docx -> LibreOffice Writer)
python3 d01_vallemaira.py && soff build/d01.docx && cp build/d01.pdf $OUT/delibera-vallemaira-sicraweb.pdf
# 2 Consorzio di Bonifica della Sardegna Meridionale - determinazione DG (HTML -> Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=build/d02.pdf d02_bonifica.html 2>/dev/null
cp build/d02.pdf $OUT/determina-bonificasardegnameridionale-apkappa.pdf
# 3 Unité des Communes valdôtaines Évançon - avviso pubblico FR/IT (python-docx -> LibreOffice Writer)
python3 d03_evancon.py && soff build/d03.docx && cp build/d03.pdf $OUT/avviso-evancon-word.pdf
# 4 Autorità Idrica della Calabria - avviso (HTML -> wkhtmltopdf)
wkhtmltopdf -q --page-size A4 -T 18mm -B 18mm -L 18mm -R 18mm d04_aic.html build/d04.pdf
cp build/d04.pdf $OUT/avviso-autoritaidricacalabria-wkhtmltopdf.pdf
# 5 Comune di San Giorgio Morgeto - determinazione, 132-column report (text -> enscript -> ps2pdf)
python3 d05_sgmorgeto.py
enscript -q -r -B -f Courier7.2 --margins=28:28:20:20 -o build/d05.ps build/d05.txt
ps2pdf -sPAPERSIZE=a4 build/d05.ps build/d05.pdf && cp build/d05.pdf $OUT/determina-sangiorgiomorgeto-siscom132.pdf
# 6 Comune di Pozzomaggiore - delibera Giunta, typewriter-like Word (python-docx -> LibreOffice Writer)
python3 d06_pozzomaggiore.py && soff build/d06.docx && cp build/d06.pdf $OUT/delibera-pozzomaggiore-word.pdf
# 7 Comune di Roccavione - attestazione di pubblicazione, form with filled blanks (reportlab)
python3 d07_roccavione.py && cp build/d07.pdf $OUT/attestazione-roccavione-modulo.pdf
# 8 Comune di Sellano - allegato, spreadsheet (openpyxl -> LibreOffice Calc, Italian locale)
python3 d08_sellano.py && cp build/d08.xlsx build/Allegato_A_riparto_contributi_2026.xlsx
soff build/Allegato_A_riparto_contributi_2026.xlsx && cp build/Allegato_A_riparto_contributi_2026.pdf $OUT/allegato-sellano-excel.pdf
# 9 Gemeinde Natz-Schabs / Comune di Naz-Sciaves - Beschluss/delibera DE|IT (reportlab)
python3 d09_natzschabs.py && cp build/d09.pdf $OUT/delibera-natzschabs-siag.pdf
# 10 Comune di Taipana / Občina Tipana - determinazione IT then SL, Form XObjects, Tw (reportlab)
python3 d10_taipana.py && cp build/d10.pdf $OUT/determina-taipana-insiel.pdf
# 11 Comune di Procida - ordinanza, blocks drawn out of order, rotated Albo stamp (reportlab)
python3 d11_procida.py && cp build/d11.pdf $OUT/ordinanza-procida-halley.pdf
# 12 Comune di Fonzaso - convocazione del Consiglio (pdfLaTeX)
cp d12_fonzaso.tex build/d12.tex
(cd build && pdflatex -interaction=nonstopmode d12.tex >/dev/null && pdflatex -interaction=nonstopmode d12.tex >/dev/null)
cp build/d12.pdf $OUT/convocazione-fonzaso-latex.pdf
rm -rf build
echo done
