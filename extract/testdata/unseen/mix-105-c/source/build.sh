#!/bin/sh
# Rebuilds the 12 PDFs of set mix-105-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf), pdflatex (lmodern, microtype, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix105c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-105c --headless"
CHR="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=/tmp/chr-105c"
# 1 Valli di Lanzo: HTML printed by headless Chromium
$CHR --print-to-pdf="$OUT/determinazione-vallidilanzo-chromium.pdf" "file://$SRC/d01_vallidilanzo.html" 2>/dev/null
# 2 Via Lattea: wkhtmltopdf, Unione office in the running head
wkhtmltopdf -q --zoom 1.3 -s A4 -T 12mm -B 15mm -L 16mm -R 16mm "$SRC/d02_vialattea.html" "$OUT/determinazione-vialattea-wkhtml.pdf"
# 3 Tobbio al Colma: pdfLaTeX, two columns (multicol), letter-spaced heading
cp "$SRC/d03_tobbiocolma.tex" "$T/avviso-tobbiocolma-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-tobbiocolma-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-tobbiocolma-latex.tex >/dev/null)
mv "$T/avviso-tobbiocolma-latex.pdf" "$OUT/"
# 4 Terre del Giarolo: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier9.5 -M A4 --margins=48:40:36:36 -X latin1 -o "$T/d04.ps" "$SRC/d04_giarolo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/determinazione-giarolo-enscript.pdf"
# 5 Vigne & Vini: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d05_vigneevini.html" "$T/deliberazione-vigneevini-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-vigneevini-writer.html" --outdir "$OUT" >/dev/null
# 6 Alpi del Mare: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d06_alpidelmare.py" "$OUT/decreto-alpidelmare-kibernetes.pdf"
# 7 Valtellina di Sondrio: fpdf2, Carlito CID subset, label grid, running head
python3 "$SRC/d07_valtellinadisondrio.py" "$OUT/determinazione-valtellinadisondrio-fpdf.pdf"
# 8 Parco Alto Garda Bresciano: groff -ms -Tpdf (gropdf)
groff -k -ms -Tpdf "$SRC/d08_altogardabresciano.ms" > "$OUT/certificato-altogardabresciano-groff.pdf" 2>/dev/null
# 9 Terre di Frontiera: python-docx -> LibreOffice
python3 "$SRC/d09_terredifrontiera.py" "$T/avviso-terredifrontiera-word.docx"
$LO --convert-to pdf "$T/avviso-terredifrontiera-word.docx" --outdir "$OUT" >/dev/null
# 10 Comunità Montana di Scalve: openpyxl -> LibreOffice Calc, merged cells
python3 "$SRC/d10_cmscalve.py" "$T/allegato-cmscalve-calc.xlsx"
$LO --convert-to pdf "$T/allegato-cmscalve-calc.xlsx" --outdir "$OUT" >/dev/null
# 11 Appennino Pistoiese: reportlab, Form XObjects, Tw/Tc
python3 "$SRC/d11_appenninopistoiese.py" "$OUT/determinazione-appenninopistoiese-reportlab.pdf"
# 12 Chianti Fiorentino: Chromium, CSS two columns
$CHR --print-to-pdf="$OUT/convocazione-chiantifiorentino-chromium.pdf" "file://$SRC/d12_chiantifiorentino.html" 2>/dev/null
rm -rf "$T"
