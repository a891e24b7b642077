#!/bin/sh
# Rebuilds the 12 PDFs of set mix-103-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, multicol, fancyhdr), iconv.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-103b.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-103b"
# 1 Serra Sant'Abbondio: HTML opened as a Writer document, exported by LibreOffice
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_serrasantabbondio.html" --outdir "$T" >/dev/null
mv "$T/d01_serrasantabbondio.pdf" "$OUT/deliberazione-serrasantabbondio-writer.pdf"
# 2 Badia Tedalda: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d02_badiatedalda.py" "$OUT/deliberazione-badiatedalda-kibernetes.pdf"
# 3 Tessennano: Chromium headless, two-column roll
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-103b --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-tessennano-chromium.pdf" "file://$SRC/d03_tessennano.html" 2>/dev/null
# 4 Marciano della Chiana: pdfLaTeX, multicol body, fancyhdr running head
cp "$SRC/d04_marcianodellachiana.tex" "$T/d04.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d04.tex >/dev/null && pdflatex -interaction=nonstopmode d04.tex >/dev/null)
mv "$T/d04.pdf" "$OUT/deliberazione-marcianodellachiana-latex.pdf"
# 5 Borbona: fpdf2, running head/foot on both pages
python3 "$SRC/d05_borbona.py" "$OUT/deliberazione-borbona-halley.pdf"
# 6 Gagliole: reportlab platypus, Tw justification, Tc letter-spacing
python3 "$SRC/d06_gagliole.py" "$OUT/deliberazione-gagliole-civilia.pdf"
# 7 Roccafluvione: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d07_roccafluvione.html" "$OUT/determinazione-roccafluvione-wkhtml.pdf" 2>/dev/null
# 8 Vacone: 80-column Courier report, enscript + ghostscript
iconv -f utf-8 -t latin1 "$SRC/d08_vacone.txt" > "$T/d08.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$T/d08.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/determinazione-vacone-enscript.pdf"
# 9 Borgo Pace: groff -ms -> gropdf
groff -Kutf8 -ms -Tpdf -P-pa4 "$SRC/d09_borgopace.ms" > "$OUT/ordinanza-borgopace-groff.pdf" 2>/dev/null
# 10 Castiglione in Teverina: python-docx -> LibreOffice
python3 "$SRC/d10_castiglioneinteverina.py" "$T/avviso-castiglioneinteverina-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-castiglioneinteverina-word.docx" --outdir "$OUT" >/dev/null
# 11 San Casciano dei Bagni: reportlab, Form XObjects drawn out of reading order
python3 "$SRC/d11_sancascianodeibagni.py" "$OUT/attestazione-sancascianodeibagni-sicraweb.pdf"
# 12 Montefiore dell'Aso: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_montefioredellaso.py" "$T/allegato-montefioredellaso-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-montefioredellaso-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
