#!/bin/sh
# Rebuilds the 12 PDFs of set mix-76-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-76c --headless"
python3 "$SRC/d01_usseglio.py" "$OUT/ordinanza-usseglio-reportlab.pdf"
python3 "$SRC/d02_gressoney.py" "$T/avviso-gressoneysaintjean-word.docx"
$LO --convert-to pdf "$T/avviso-gressoneysaintjean-word.docx" --outdir "$OUT" >/dev/null
cp "$SRC/d03_segonzano.tex" "$T/avviso-segonzano-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-segonzano-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-segonzano-latex.tex >/dev/null)
mv "$T/avviso-segonzano-latex.pdf" "$OUT/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-76c --no-pdf-header-footer --print-to-pdf="$OUT/bando-casargo-chromium.pdf" "file://$SRC/d04_casargo.html" 2>/dev/null
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d05.ps" "$SRC/d05_mezzenile.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/avviso-mezzenile-enscript.pdf"
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_sovramonte.html" "$OUT/avviso-sovramonte-wkhtml.pdf"
groff -ms -Kutf8 -Tps -dpaper=a4 -P-pa4 "$SRC/d07_enego.ms" > "$T/d07.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/manifesto-enego-groff.pdf"
python3 "$SRC/d08_taceno.py" "$OUT/avviso-taceno-fpdf.pdf"
python3 "$SRC/d09_arsie.py" "$OUT/comunicazione-arsie-sicraweb.pdf"
python3 "$SRC/d10_cesiomaggiore.py" "$OUT/decreto-cesiomaggiore-civilia.pdf"
cp "$SRC/d11_perloz.html" "$T/certificato-perloz-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/certificato-perloz-writer.html" --outdir "$OUT" >/dev/null
python3 "$SRC/d12_lusianaconco.py" "$T/allegato-lusianaconco-calc.xlsx"
$LO --convert-to pdf "$T/allegato-lusianaconco-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
