#!/bin/sh
# Rebuilds the 12 PDFs of set mix-74-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff, pdflatex (lmodern, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-74b"
# 1 Cerete: Halley 80-column report, enscript + ps2pdf
enscript -B -f Courier9 -M A4 --margins=40:30:30:30 -X latin1 -o "$T/d01.ps" "$SRC/d01_cerete.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/determinazione-cerete-halley.pdf"
# 2 Moltrasio: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d02_moltrasio.html" "$OUT/determinazione-moltrasio-sicraweb.pdf"
# 3 Cosio Valtellino: Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-74b --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cosiovaltellino-jiride.pdf" "$SRC/d03_cosio.html" 2>/dev/null
# 4 Lozzo Atestino: reportlab Tw/Tc
python3 "$SRC/d04_lozzo.py" "$OUT/determinazione-lozzoatestino-halley.pdf"
# 5 Gorgo al Monticano: reportlab glyph by glyph
python3 "$SRC/d05_gorgo.py" "$OUT/determinazione-gorgoalmonticano-kibernetes.pdf"
# 6 Posina: HTML as Writer document -> LibreOffice
cp "$SRC/d06_posina.html" "$T/determinazione-posina-datagraph.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-posina-datagraph.html" --outdir "$OUT" >/dev/null
# 7 Palanzano: fpdf2
python3 "$SRC/d07_palanzano.py" "$OUT/determinazione-palanzano-civilia.pdf"
# 8 Unione Terre d'Acqua CUC: pdfLaTeX two columns
cp "$SRC/d08_terredacqua.tex" "$T/determinazione-terredacqua-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-terredacqua-latex.tex >/dev/null)
mv "$T/determinazione-terredacqua-latex.pdf" "$OUT/"
# 9 Clauzetto: fpdf2 running head/foot
python3 "$SRC/d09_clauzetto.py" "$OUT/determinazione-clauzetto-insiel.pdf"
# 10 Resiutta: groff -ms certificate
groff -ms -Kutf8 -Tpdf -P-pa4 "$SRC/d10_resiutta.ms" > "$OUT/certificato-resiutta-groff.pdf"
# 11 Riolunato: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_riolunato.py" "$T/allegato-riolunato-studiok.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-riolunato-studiok.xlsx" --outdir "$OUT" >/dev/null
# 12 Rotzo: reportlab Form XObjects, out of order
python3 "$SRC/d12_rotzo.py" "$OUT/determinazione-rotzo-apkappa.pdf"
rm -rf "$T"
