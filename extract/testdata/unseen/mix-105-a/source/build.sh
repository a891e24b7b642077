#!/bin/sh
# Rebuilds the 12 PDFs of set mix-105-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (gropdf, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 PYTHONDONTWRITEBYTECODE=1
LO="soffice -env:UserInstallation=file:///tmp/lo-105a --headless"
cd "$SRC"
# 1 Testico: Giunta deliberation, reportlab with Tw-justified lines, Tc heading
python3 d01_testico_delib.py "$OUT/deliberazione-testico-halley.pdf"
# 2 Testico: determinazione, HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export d02_testico_det.html --outdir "$T"
mv "$T/d02_testico_det.pdf" "$OUT/determinazione-testico-halley.pdf"
# 3 Testico: ordinanza, fpdf2
python3 d03_testico_ord.py "$OUT/ordinanza-testico-halley.pdf"
# 4 Testico: certificate of publication, 80-column text, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=60:40:40:30 -X latin1 -o "$T/d04.ps" d04_testico_att.txt
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/attestazione-testico-halley.pdf"
# 5 Tizzano Val Parma: Consiglio deliberation, headless Chromium, running head repeated on both pages
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-105a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-tizzanovalparma-sicraweb.pdf" d05_tizzano_delib.html
# 6 Tizzano Val Parma: determinazione, wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm d06_tizzano_det.html "$OUT/determinazione-tizzanovalparma-sicraweb.pdf"
# 7 Tizzano Val Parma: decreto, pdfLaTeX with microtype letter-spacing
cp d07_tizzano_decreto.tex "$T/decreto-tizzanovalparma-sicraweb.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-tizzanovalparma-sicraweb.tex >/dev/null)
mv "$T/decreto-tizzanovalparma-sicraweb.pdf" "$OUT/"
# 8 Tizzano Val Parma: numbered avviso, python-docx -> LibreOffice
python3 d08_tizzano_avviso.py "$T/avviso-tizzanovalparma-sicraweb.docx"
$LO --convert-to pdf "$T/avviso-tizzanovalparma-sicraweb.docx" --outdir "$OUT"
# 9 Pescosansonesco: Giunta deliberation, groff -ms + tbl through gropdf
groff -k -ms -t -Tpdf -P-pa4 d09_pescosansonesco_delib.ms > "$OUT/deliberazione-pescosansonesco-kibernetes.pdf"
# 10 Pescosansonesco: determinazione, reportlab Form XObjects, out-of-order painting
python3 d10_pescosansonesco_det.py "$OUT/determinazione-pescosansonesco-kibernetes.pdf"
# 11 Pescosansonesco: ordinanza, reportlab one glyph per Tm/Tj, rotated stamp
python3 d11_pescosansonesco_ord.py "$OUT/ordinanza-pescosansonesco-kibernetes.pdf"
# 12 Pescosansonesco: convocation, reportlab platypus, agenda table with a merged cell
python3 d12_pescosansonesco_conv.py "$OUT/convocazione-pescosansonesco-kibernetes.pdf"
rm -rf "$T"
