#!/bin/sh
# Rebuilds the 12 PDFs of set mix-80-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff (gropdf, tbl).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file:///tmp/lo-80c --headless"
# 1 Langa Astigiana Val Bormida: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d01_langaastigiana.html" "$T/determinazione-langaastigiana-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-langaastigiana-writer.html" --outdir "$OUT" >/dev/null
# 2 Valchiusella: pdfLaTeX with microtype letter-spacing
cp "$SRC/d02_valchiusella.tex" "$T/decreto-valchiusella-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-valchiusella-latex.tex >/dev/null && pdflatex -interaction=nonstopmode decreto-valchiusella-latex.tex >/dev/null)
mv "$T/decreto-valchiusella-latex.pdf" "$OUT/"
# 3 CISA 12: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-80c --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-cisa12-chromium.pdf" "file://$SRC/d03_cisa12.html" 2>/dev/null
# 4 Sebino Bresciano: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d04_sebino.py" "$OUT/determinazione-sebino-halley.pdf"
# 5 Oltrepo Pavese: 80-column Latin-1 text, enscript -> PostScript -> Ghostscript
iconv -f utf-8 -t latin1 "$SRC/d05_oltrepo.txt" > "$T/d05.txt"
enscript -B -f Courier10 -M A4 --margins=50:40:36:36 -X latin1 -q -o "$T/d05.ps" "$T/d05.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/determinazione-oltrepo-enscript.pdf"
# 6 Comelico: fpdf2, header and footer on every page
python3 "$SRC/d06_comelico.py" "$OUT/decreto-comelico-jsibac.pdf"
# 7 Baldo-Garda: reportlab, Tw justification and Tc letter-spacing
python3 "$SRC/d07_baldogarda.py" "$OUT/determinazione-baldogarda-sicraweb.pdf"
# 8 Lessinia: python-docx -> LibreOffice
python3 "$SRC/d08_lessinia.py" "$T/certificato-lessinia-word.docx"
$LO --convert-to pdf "$T/certificato-lessinia-word.docx" --outdir "$OUT" >/dev/null
# 9 Appennino Parma Est: openpyxl -> LibreOffice Calc
python3 "$SRC/d09_parmaest.py" "$T/allegato-parmaest-calc.xlsx"
$LO --convert-to pdf "$T/allegato-parmaest-calc.xlsx" --outdir "$OUT" >/dev/null
# 10 SdS Zona Pisana: wkhtmltopdf, label grid with merged cells
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d10_sdspisana.html" "$OUT/determinazione-sdspisana-wkhtml.pdf"
# 11 Montefeltro: groff -ms + tbl, gropdf
groff -Kutf-8 -t -ms -Tpdf -P-pa4 "$SRC/d11_montefeltro.ms" > "$OUT/determinazione-montefeltro-groff.pdf"
# 12 Potenza Esino Musone: reportlab, Form XObjects, out-of-order drawing
python3 "$SRC/d12_potenzaesino.py" "$OUT/avviso-potenzaesino-apkappa.pdf"
rm -rf "$T"
