#!/bin/sh
# Rebuilds the 12 PDFs of set mix-82-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium,
# wkhtmltopdf, enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-82b --headless"
# 1 Bozzolo: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_bozzolo.html" --outdir "$T" >/dev/null
mv "$T/d01_bozzolo.pdf" "$OUT/avviso-bozzolo-writer.pdf"
# 2 Massa Lombarda: reportlab, Tw justification, Tc heading
python3 "$SRC/d02_massalombarda.py" "$OUT/bando-massalombarda-civilia.pdf"
# 3 Castel Bolognese: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d03_castelbolognese.html" "$OUT/esito-castelbolognese-wkhtml.pdf"
# 4 Riolo Terme: python-docx (header/footer) -> LibreOffice
python3 "$SRC/d04_rioloterme.py" "$T/attestazione-rioloterme-word.docx"
$LO --convert-to pdf "$T/attestazione-rioloterme-word.docx" --outdir "$OUT" >/dev/null
# 5 Bagnone: pdfLaTeX with microtype letter-spacing
cp "$SRC/d05_bagnone.tex" "$T/manifestazione-bagnone-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode manifestazione-bagnone-latex.tex >/dev/null)
mv "$T/manifestazione-bagnone-latex.pdf" "$OUT/"
# 6 Licciana Nardi: groff -ms -> gropdf
groff -Kutf-8 -ms -Tpdf -P-pa4 "$SRC/d06_licciananardi.ms" > "$OUT/avviso-liccianardi-groff.pdf"
# 7 Bagnoli Irpino: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-82b --no-pdf-header-footer --print-to-pdf="$OUT/avviso-bagnoliirpino-chromium.pdf" "$SRC/d07_bagnoliirpino.html" 2>/dev/null
# 8 Coreglia Antelminelli: 80-column Courier, enscript + ghostscript
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_coreglia.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/avviso-coreglia-halley.pdf"
# 9 Consorzio Destra Sele: fpdf2, DejaVu embedded as CID font
python3 "$SRC/d09_destrasele.py" "$OUT/avviso-destrasele-fpdf.pdf"
# 10 Sarteano: reportlab, one glyph per text object, rotated Albo stamp
python3 "$SRC/d10_sarteano.py" "$OUT/bando-sarteano-kibernetes.pdf"
# 11 Alife: openpyxl -> LibreOffice Calc, merged header cells
python3 "$SRC/d11_alife.py" "$T/graduatoria-alife-calc.xlsx"
$LO --convert-to pdf "$T/graduatoria-alife-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Camerota: reportlab, Form XObjects, body drawn before heading
python3 "$SRC/d12_camerota.py" "$OUT/esito-camerota-apkappa.pdf"
rm -rf "$T"
