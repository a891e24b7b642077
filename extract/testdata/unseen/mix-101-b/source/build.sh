#!/bin/sh
# Rebuilds the 12 PDFs of set mix-101-b into the parent directory (OUTDIR); intermediates go to a temp dir.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix101b-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints Italian number formats
export PYTHONDONTWRITEBYTECODE=1   # no __pycache__ in source/
LO="soffice -env:UserInstallation=file:///tmp/lo-101b --headless"
# 1 Sesto San Giovanni: HTML opened as a Writer document, exported by LibreOffice
python3 "$SRC/d01_sestosangiovanni.py" "$T/d01.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/d01.html" --outdir "$T" >/dev/null
mv "$T/d01.pdf" "$OUT/deliberazione-sestosangiovanni-writer.pdf"
# 2 Busto Arsizio: Chromium headless, two-column CSS roll, fixed running foot
python3 "$SRC/d02_bustoarsizio.py" "$T/d02.html"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-101b --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-bustoarsizio-chromium.pdf" "file://$T/d02.html" 2>/dev/null
# 3 Faenza: reportlab platypus, Tw justification, Tc letterhead, three pages with running foot
python3 "$SRC/d03_faenza.py" "$OUT/deliberazione-faenza-civilia.pdf"
# 4 San Lazzaro di Savena: wkhtmltopdf
python3 "$SRC/d04_sanlazzaro.py" "$T/d04.html"
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$T/d04.html" "$OUT/deliberazione-sanlazzarodisavena-wkhtml.pdf" 2>/dev/null
# 5 Unione Bassa Val d'Arda Fiume Po: pdfLaTeX, letter-spaced headings, side-by-side roll tables
python3 "$SRC/d05_bassavaldarda.py" "$T/d05.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d05.tex >/dev/null && pdflatex -interaction=nonstopmode d05.tex >/dev/null)
mv "$T/d05.pdf" "$OUT/deliberazione-bassavaldarda-latex.pdf"
# 6 Valsamoggia: reportlab, one Tm+Tj per glyph
python3 "$SRC/d06_valsamoggia.py" "$OUT/deliberazione-valsamoggia-sipal.pdf"
# 7 Cesano Maderno: python-docx -> LibreOffice
python3 "$SRC/d07_cesanomaderno.py" "$T/convocazione-cesanomaderno-word.docx"
$LO --convert-to pdf "$T/convocazione-cesanomaderno-word.docx" --outdir "$OUT" >/dev/null
# 8 Limbiate: 80-column text, enscript -> PostScript -> ps2pdf
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d08.ps" "$SRC/d08_limbiate.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/determinazione-limbiate-enscript.pdf"
# 9 San Donato Milanese: groff -ms -> gropdf
groff -ms -k -Tpdf -Wbreak "$SRC/d09_sandonatomilanese.ms" > "$OUT/ordinanza-sandonatomilanese-groff.pdf"
# 10 Buccinasco: fpdf2, label grid, rotated stamp
python3 "$SRC/d10_buccinasco.py" "$OUT/attestazione-buccinasco-jiride.pdf"
# 11 Meda: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d11_meda.py" "$OUT/avviso-meda-xobject.pdf"
# 12 San Giovanni in Persiceto: openpyxl -> LibreOffice Calc
python3 "$SRC/d12_sangiovanniinpersiceto.py" "$T/allegato-sangiovanniinpersiceto-calc.xlsx"
$LO --convert-to pdf "$T/allegato-sangiovanniinpersiceto-calc.xlsx" --outdir "$OUT" >/dev/null
