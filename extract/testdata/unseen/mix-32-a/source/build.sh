#!/bin/sh
# Rebuilds the 12 PDFs of mix-32-a into the parent directory. Needs: python3 + reportlab + openpyxl,
# LibreOffice (soffice), chromium, pdflatex (texlive-latex-base + lmodern + microtype), poppler-utils.
set -e
cd "$(dirname "$0")"; OUT=..
python3 rl_docs.py $OUT     # vigone, montecassiano, villanovamonteleone, revello, cciaamarche
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/deliberazione-rubiconemare-chromium.pdf unione-rubiconemare.html
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=$OUT/determina-bonificanurra-chromium.pdf determina-bonificanurra.html
T=$(mktemp -d)
for f in determina-sogliano ordinanza-pimonte avviso-altamurgia; do
  soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir $T $f.html
done
mv $T/determina-sogliano.pdf $OUT/determina-sogliano-sicraweb.pdf
mv $T/ordinanza-pimonte.pdf $OUT/ordinanza-pimonte-word.pdf
mv $T/avviso-altamurgia.pdf $OUT/avviso-altamurgia-word.pdf
python3 allegato_sammichele.py $T/allegato-sammichele-calc.xlsx
soffice --headless --convert-to pdf --outdir $T $T/allegato-sammichele-calc.xlsx
mv $T/allegato-sammichele-calc.pdf $OUT/
pdflatex -interaction=nonstopmode -output-directory $T deliberazione-noventavicentina.tex >/dev/null
mv $T/deliberazione-noventavicentina.pdf $OUT/deliberazione-noventavicentina-latex.pdf
rm -rf $T
python3 make_keys.py
(cd $OUT && python3 source/check_keys.py)
