#!/bin/sh
# Rebuilds the 12 PDFs of set mix-76-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, pdflatex (lmodern, microtype, fancyhdr, multirow, eurosym), groff (gropdf, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file:///tmp/lo-76a"
export LANG=it_IT.UTF-8
# 1 Vicchio: HTML printed by headless Chromium
python3 "$SRC/g_html.py" vicchio "$T/vicchio.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-76a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-vicchio-sicraweb.pdf" "$T/vicchio.html" 2>/dev/null
# 2 Fosciandora: HTML opened as a Writer document, exported by LibreOffice
python3 "$SRC/g_html.py" fosciandora "$T/deliberazione-fosciandora-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-fosciandora-writer.html" --outdir "$OUT" >/dev/null
# 3 Castiglione Chiavarese: wkhtmltopdf
python3 "$SRC/g_html.py" castiglionechiavarese "$T/cc.html"
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$T/cc.html" "$OUT/deliberazione-castiglionechiavarese-jiride.pdf"
# 4-6 reportlab: Casale Marittimo (Tw/Tc), Montefiore Conca (glyph by glyph, rotated stamp), Unione Colline Matildiche (Form XObjects)
python3 "$SRC/g_rl.py" casalemarittimo "$OUT/deliberazione-casalemarittimo-civilia.pdf"
python3 "$SRC/g_rl.py" montefioreconca "$OUT/deliberazione-montefioreconca-kibernetes.pdf"
python3 "$SRC/g_rl.py" collinematildiche "$OUT/deliberazione-collinematildiche-apkappa.pdf"
# 7 Vessalico: fpdf2
python3 "$SRC/g_misc.py" vessalico "$OUT/deliberazione-vessalico-halley.pdf"
# 8 Pignone: pdfLaTeX
python3 "$SRC/g_misc.py" pignone "$T/deliberazione-pignone-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-pignone-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-pignone-latex.tex >/dev/null)
mv "$T/deliberazione-pignone-latex.pdf" "$OUT/"
# 9 Sorbolo Mezzani: groff -ms with tbl
python3 "$SRC/g_misc.py" sorbolomezzani "$T/s.ms"
groff -t -ms -k -Tpdf -P-pa4 "$T/s.ms" > "$OUT/deliberazione-sorbolomezzani-groff.pdf"
# 10 Monterenzio: 80-column capitals, enscript + ghostscript
python3 "$SRC/g_misc.py" monterenzio "$T/m.txt"
enscript -B -f Courier9.5 -M A4 --margins=50:40:30:30 -X latin1 -o "$T/m.ps" "$T/m.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/m.ps" "$OUT/deliberazione-monterenzio-datagraph.pdf"
# 11 Parrano: python-docx -> LibreOffice
python3 "$SRC/g_misc.py" parrano "$T/deliberazione-parrano-word.docx"
soffice $LO --headless --convert-to pdf "$T/deliberazione-parrano-word.docx" --outdir "$OUT" >/dev/null
# 12 Arquata del Tronto: openpyxl -> LibreOffice Calc
python3 "$SRC/g_misc.py" arquata "$T/allegato-arquatadeltronto-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-arquatadeltronto-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
