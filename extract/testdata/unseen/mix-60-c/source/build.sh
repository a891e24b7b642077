#!/bin/sh
# Rebuilds the 12 PDFs of set mix-60-c into the parent directory (OUTDIR), then
# writes keys.json and checks the keyed strings (keys_make.py).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium,
# wkhtmltopdf, groff (gropdf), enscript + ghostscript (ps2pdf), pdflatex (lmodern,
# enumitem, fancyhdr, lastpage), poppler-utils (pdftotext).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Calascibetta (EN): HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_calascibetta.html" "$T/deliberazione-calascibetta-writer.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-calascibetta-writer.html" --outdir "$OUT" >/dev/null 2>&1
# 2 Vallecorsa (FR): wkhtmltopdf
wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 20mm "$SRC/d02_vallecorsa.html" "$OUT/deliberazione-vallecorsa-wkhtml.pdf" 2>/dev/null
# 3 Palena (CH): groff -ms, gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d03_palena.ms" > "$OUT/convocazione-palena-groff.pdf" 2>/dev/null
# 4 Duronia (CB): pdfLaTeX (twice, for LastPage)
cp "$SRC/d04_duronia.tex" "$T/determinazione-duronia-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-duronia-latex.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-duronia-latex.tex >/dev/null)
mv "$T/determinazione-duronia-latex.pdf" "$OUT/"
# 5 Libero Consorzio Comunale di Caltanissetta: ReportLab canvas, Tw on every line
python3 "$SRC/d05_consorziocaltanissetta.py" "$OUT/decreto-consorziocaltanissetta-reportlab.pdf"
# 6 Cetara (SA): raw PDF written by the script, one Tm+Tj per glyph, rotated stamp
python3 "$SRC/d06_cetara.py" "$OUT/ordinanza-cetara-glyphs.pdf"
# 7 Città Metropolitana di Catania: headless Chromium (thead/tfoot repeated on each page)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cmcatania-chromium.pdf" "$SRC/d07_cmcatania.html" >/dev/null 2>&1
# 8 Cusano Mutri (BN): fpdf2 with embedded Liberation TTF
python3 "$SRC/d08_cusanomutri.py" "$OUT/deliberazione-cusanomutri-fpdf.pdf"
# 9 Garaguso (MT): plain text, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10.5 -M A4 --margins=50:40:40:40 -X latin1 -o "$T/d09.ps" "$SRC/d09_garaguso.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/attestazione-garaguso-enscript.pdf"
# 10 Carlantino (FG): openpyxl -> LibreOffice Calc
python3 "$SRC/d10_carlantino.py" "$T/allegato-carlantino-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-carlantino-calc.xlsx" --outdir "$OUT" >/dev/null 2>&1
# 11 Longobucco (CS): python-docx -> LibreOffice Writer
python3 "$SRC/d11_longobucco.py" "$T/determinazione-longobucco-word.docx"
soffice --headless --convert-to pdf "$T/determinazione-longobucco-word.docx" --outdir "$OUT" >/dev/null 2>&1
# 12 Unione dei Comuni Montagna Marsicana: flat ODT (.fodt) -> LibreOffice Writer
cp "$SRC/d12_montagnamarsicana.fodt" "$T/avviso-montagnamarsicana-fodt.fodt"
soffice --headless --convert-to pdf "$T/avviso-montagnamarsicana-fodt.fodt" --outdir "$OUT" >/dev/null 2>&1
python3 "$SRC/keys_make.py"
