#!/bin/sh
# Rebuilds the 12 PDFs of set mix-71-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, multicol, fancyhdr, lastpage).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix71c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file://$T/lo-profile"
# 1 Albidona: python-docx -> LibreOffice Writer
python3 "$SRC/d01_albidona.py" "$T/avviso-albidona-word.docx"
soffice "$LO" --headless --convert-to pdf "$T/avviso-albidona-word.docx" --outdir "$OUT" >/dev/null
# 2 Riace: reportlab canvas, Form XObject letterhead, blocks out of reading order
python3 "$SRC/d02_riace.py" "$OUT/avviso-riace-apkappa.pdf"
# 3 Placanica: hand-written PDF, one glyph per Tm, rotated protocol stamp
python3 "$SRC/d03_placanica.py" "$OUT/avviso-placanica-maggioli.pdf"
# 4 Ambito Alto Basento: HTML opened as a Writer document by LibreOffice
cp "$SRC/d04_altobasento.html" "$T/avviso-altobasento-writer.html"
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-altobasento-writer.html" --outdir "$OUT" >/dev/null
# 5 Melissa: manifesto printed by headless Chromium (CSS letter-spacing)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chromium" --no-pdf-header-footer --print-to-pdf="$OUT/manifesto-melissa-chromium.pdf" "$SRC/d05_melissa.html" 2>/dev/null
# 6 Sannicandro di Bari: pdfLaTeX, two-column articles
cp "$SRC/d06_sannicandro.tex" "$T/bando-sannicandrodibari-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode bando-sannicandrodibari-latex.tex >/dev/null && pdflatex -interaction=nonstopmode bando-sannicandrodibari-latex.tex >/dev/null)
mv "$T/bando-sannicandrodibari-latex.pdf" "$OUT/"
# 7 Monasterace: wkhtmltopdf, table with merged cells
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 16mm -R 16mm "$SRC/d07_monasterace.html" "$OUT/esito-monasterace-wkhtml.pdf"
# 8 Consorzio di Bonifica Stornara e Tara: groff -ms -> gropdf
groff -k -ms -Tpdf -P-pa4 "$SRC/d08_stornaraetara.ms" > "$OUT/avviso-stornaraetara-groff.pdf"
# 9 Colobraro: Courier report, enscript -> PostScript -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d09_colobraro.txt" > "$T/d09.txt"
enscript -q -B -f Courier11 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" "$T/d09.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/attestazione-colobraro-enscript.pdf"
# 10 Atella: openpyxl -> LibreOffice Calc
python3 "$SRC/d10_atella.py" "$T/allegato-atella-calc.xlsx"
soffice "$LO" --headless --convert-to pdf "$T/allegato-atella-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Floresta: fpdf2, CID fonts, running head and foot
python3 "$SRC/d11_floresta.py" "$OUT/avviso-floresta-halley.pdf"
# 12 Monteforte Cilento: reportlab platypus, Tw justification, Tc letter-spacing
python3 "$SRC/d12_montefortecilento.py" "$OUT/avviso-montefortecilento-civilia.pdf"
rm -rf "$T"
