#!/bin/sh
# Rebuilds the 12 PDFs of set mix-65-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, fancyhdr, babel-italian).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Gressoney-La-Trinité: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-gressoneylatrinite-chromium.pdf" "$SRC/d01_gressoney.html" 2>/dev/null
# 2 Selva di Val Gardena: HTML opened as Writer document, LibreOffice
cp "$SRC/d02_selva.html" "$T/deliberazione-selvadivalgardena-writer.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-selvadivalgardena-writer.html" --outdir "$OUT" >/dev/null
# 3 Marebbe: reportlab, one glyph per BT/Tm/Tj, rotated stamp
python3 "$SRC/d03_marebbe.py" "$OUT/decreto-marebbe-kibernetes.pdf"
# 4 Bezirksgemeinschaft Überetsch-Unterland: reportlab, two justified columns (Tw), Tc letterhead
python3 "$SRC/d04_oltradige.py" "$OUT/deliberazione-oltradigebassaatesina-reportlab.pdf"
# 5 Montemitro: 80-column text in ISO-8859-2, enscript -> PostScript -> ps2pdf
iconv -f utf-8 -t latin2 "$SRC/d05_montemitro.txt" > "$T/d05.txt"
enscript -B -q -f Courier10 -M A4 --margins=54:40:30:30 -X latin2 -o "$T/d05.ps" "$T/d05.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/determinazione-montemitro-halley.pdf"
# 6 Frascineto: fpdf2 with DejaVu TTF (CID fonts), header/footer on every page
python3 "$SRC/d06_frascineto.py" "$OUT/ordinanza-frascineto-jserfin.pdf"
# 7 San Costantino Albanese: groff -ms -> gropdf
groff -Kutf8 -ms -Tpdf -P-pa4 "$SRC/d07_sancostantino.ms" > "$OUT/attestazione-sancostantinoalbanese-groff.pdf"
# 8 Contessa Entellina: python-docx -> LibreOffice
python3 "$SRC/d08_contessa.py" "$T/deliberazione-contessaentellina-word.docx"
soffice --headless --convert-to pdf "$T/deliberazione-contessaentellina-word.docx" --outdir "$OUT" >/dev/null
# 9 Coseano: pdfLaTeX, microtype letter-spacing, fancyhdr
cp "$SRC/d09_coseano.tex" "$T/avviso-coseano-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-coseano-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-coseano-latex.tex >/dev/null)
mv "$T/avviso-coseano-latex.pdf" "$OUT/"
# 10 Comun General de Fascia: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d10_fascia.html" "$OUT/determinazione-comungeneraldefascia-wkhtml.pdf"
# 11 Unione Montana Via Lattea: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_vialattea.py" "$T/allegato-vialattea-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-vialattea-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 APSP di Fassa: Chromium headless, CSS grid boxes
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-apspfassa-chromium.pdf" "$SRC/d12_apspfassa.html" 2>/dev/null
rm -rf "$T"
