#!/bin/sh
# Rebuilds the 12 PDFs of set mix-83-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/b83-XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-83b --headless"
# 1 Piobbico: typewriter Courier, layout made of spaces (enscript + ghostscript)
enscript -B -f Courier11 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d01.ps" "$SRC/d01_piobbico.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/deliberazione-piobbico-typewriter.pdf"
# 2 Montegallo: header table drawn with box characters, DejaVu Sans Mono CID font (fpdf2)
python3 "$SRC/d02_montegallo.py" "$OUT/determinazione-montegallo-halley.pdf"
# 3 Carassai: reportlab, justified Tw lines, rotated COPIA CONFORME stamp across the heading
python3 "$SRC/d03_carassai.py" "$OUT/ordinanza-carassai-sicraweb.pdf"
# 4 Introdacqua: pdfLaTeX, two-column page, small-caps letterhead, running head
cp "$SRC/d04_introdacqua.tex" "$T/d04.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d04.tex >/dev/null && pdflatex -interaction=nonstopmode d04.tex >/dev/null)
mv "$T/d04.pdf" "$OUT/deliberazione-introdacqua-latex.pdf"
# 5 Roccamontepiano: Chromium headless, CSS small-caps letterhead, letter-spaced AVVISO
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-83b --no-pdf-header-footer --print-to-pdf="$OUT/avviso-roccamontepiano-chromium.pdf" "$SRC/d05_roccamontepiano.html" 2>/dev/null
# 6 Cermignano: wkhtmltopdf, label grid, justified text with wide word gaps
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d06_cermignano.html" "$OUT/determinazione-cermignano-wkhtml.pdf"
# 7 Montaquila: groff -ms -Tpdf
groff -ms -Tpdf -P-pa4 -dpaper=a4 "$SRC/d07_montaquila.ms" > "$OUT/attestazione-montaquila-groff.pdf"
# 8 Limosano: HTML opened as a Writer document, exported by LibreOffice
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d08_limosano.html" --outdir "$T" >/dev/null
mv "$T/d08_limosano.pdf" "$OUT/decreto-limosano-writer.pdf"
# 9 Civitanova del Sannio: python-docx -> LibreOffice
python3 "$SRC/d09_civitanova.py" "$T/convocazione-civitanovadelsannio-word.docx"
$LO --convert-to pdf "$T/convocazione-civitanovadelsannio-word.docx" --outdir "$OUT" >/dev/null
# 10 Villalago: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_villalago.py" "$T/allegato-villalago-calc.xlsx"
$LO --convert-to pdf "$T/allegato-villalago-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 ADiSU Umbria: reportlab, one glyph per text object, lines drawn bottom-up, faked small caps
python3 "$SRC/d11_adisu.py" "$OUT/determinazione-adisuumbria-kibernetes.pdf"
# 12 Scapoli: fpdf2, Courier prose roll, running head/foot on both pages
python3 "$SRC/d12_scapoli.py" "$OUT/deliberazione-scapoli-gies.pdf"
rm -rf "$T"
