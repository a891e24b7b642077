#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR).
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), LibreOffice (soffice),
# pdflatex (lmodern), enscript + ghostscript (ps2pdf), chromium.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
W="$OUT/work"; mkdir -p "$W/tex"
cd "$W"
# LibreOffice Writer from python-docx documents
python3 "$SRC/docx_villandro.py"    delibera-villandro-wordtemplate.docx
python3 "$SRC/docx_malborghetto.py" determina-malborghetto-wordtemplate.docx
python3 "$SRC/docx_scheggia.py"     attestazione-scheggia-wordform.docx
soffice --headless --convert-to pdf delibera-villandro-wordtemplate.docx \
        determina-malborghetto-wordtemplate.docx attestazione-scheggia-wordform.docx
# LibreOffice Calc from an openpyxl workbook (Italian locale for 1.234,56)
python3 "$SRC/xlsx_salandra.py" allegato-salandra-calc.xlsx
LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf allegato-salandra-calc.xlsx
# pdfLaTeX
cp "$SRC/delibera-strongoli.tex" tex/ && (cd tex && pdflatex -interaction=nonstopmode delibera-strongoli.tex >/dev/null && pdflatex -interaction=nonstopmode delibera-strongoli.tex >/dev/null)
cp tex/delibera-strongoli.pdf delibera-strongoli-pdflatex.pdf
# ReportLab
python3 "$SRC/rl_parmense.py"    delibera-bonificaparmense-reportlab.pdf
python3 "$SRC/rl_jovencan.py"    ordinanza-jovencan-reportlab.pdf
python3 "$SRC/rl_lamaddalena.py" avviso-parcolamaddalena-reportlab.pdf
python3 "$SRC/rl_resana.py"      avviso-resana-reportlab.pdf
# fixed-width 132-column report: enscript (Courier 8, landscape) + ghostscript
python3 "$SRC/txt_lanzo.py" lanzo.txt
enscript -q -r -B -f Courier8 -X latin1 --margins=36:36:28:28 -p lanzo.ps lanzo.txt
ps2pdf -sPAPERSIZE=a4 lanzo.ps determina-lanzotorinese-ascii132.pdf
# Chromium (headless print)
for f in determina-provinciasalerno convocazione-giudicarie; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$W/$f-chromium.pdf" "file://$SRC/html/$f.html"
done
for f in delibera-villandro-wordtemplate delibera-strongoli-pdflatex delibera-bonificaparmense-reportlab \
         determina-lanzotorinese-ascii132 determina-malborghetto-wordtemplate determina-provinciasalerno-chromium \
         ordinanza-jovencan-reportlab avviso-parcolamaddalena-reportlab attestazione-scheggia-wordform \
         allegato-salandra-calc convocazione-giudicarie-chromium avviso-resana-reportlab; do
  cp "$f.pdf" "$OUT/$f.pdf"
done
