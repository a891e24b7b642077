#!/bin/sh
# Rebuilds the 12 PDFs of set mix-82-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, microtype, fancyhdr); locale it_IT.UTF-8 for Calc.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 12,50
LO="soffice -env:UserInstallation=file:///tmp/lo-82a --headless"
# 1 Verzegnis: fpdf2, Insiel style, Presenti/Assenti columns with X / AG
python3 "$SRC/d01_verzegnis.py" "$OUT/deliberazione-verzegnis-insiel.pdf"
# 2 Trasaghis: reportlab, letterhead/foot Form XObjects on every page, roll running over to page 2
python3 "$SRC/d02_trasaghis.py" "$OUT/deliberazione-trasaghis-civilia.pdf"
# 3 Valdaora: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-82a --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-valdaora-chromium.pdf" "$SRC/d03_valdaora.html" 2>/dev/null
# 4 Parcines: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d04_parcines.html" "$OUT/deliberazione-parcines-wkhtml.pdf" 2>/dev/null
# 5 Val di Zoldo: pdfLaTeX with microtype letter-spacing
cp "$SRC/d05_valdizoldo.tex" "$T/deliberazione-valdizoldo-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-valdizoldo-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-valdizoldo-latex.tex >/dev/null)
mv "$T/deliberazione-valdizoldo-latex.pdf" "$OUT/"
# 6 Possagno: python-docx -> LibreOffice Writer
python3 "$SRC/d06_possagno.py" "$T/deliberazione-possagno-word.docx"
$LO --convert-to pdf "$T/deliberazione-possagno-word.docx" --outdir "$OUT" >/dev/null
# 7 Comunità Val di Fiemme: HTML opened as a Writer document by LibreOffice
cp "$SRC/d07_fiemme.html" "$T/deliberazione-fiemme-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-fiemme-writer.html" --outdir "$OUT" >/dev/null
# 8 Comunità Rotaliana-Königsberg: reportlab, Tw/Tc
python3 "$SRC/d08_rotaliana.py" "$OUT/deliberazione-rotaliana-jiride.pdf"
# 9 Cavazzo Carnico: 80-column text, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d09.ps" "$SRC/d09_cavazzocarnico.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/determinazione-cavazzocarnico-halley.pdf"
# 10 Rasun-Anterselva: groff -ms -Tpdf
groff -ms -Tpdf -K utf-8 "$SRC/d10_rasunanterselva.ms" > "$OUT/attestazione-rasunanterselva-groff.pdf"
# 11 Villa Santina: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_villasantina.py" "$T/allegato-villasantina-calc.xlsx"
$LO --convert-to pdf "$T/allegato-villasantina-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Altopiano della Vigolana: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d12_vigolana.py" "$OUT/ordinanza-vigolana-kibernetes.pdf"
rm -rf "$T"
