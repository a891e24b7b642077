#!/bin/sh
# Rebuilds the 12 PDFs of set mix-95-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript, groff (gropdf), pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix95c-build.XXXXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="soffice -env:UserInstallation=file:///tmp/lo-95c --headless"
rm -f "$OUT"/*.pdf
# 1 Lettomanoppello: HTML as Writer document -> LibreOffice
cp "$SRC/d01_lettomanoppello.html" "$T/bando-lettomanoppello-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/bando-lettomanoppello-writer.html" --outdir "$OUT" >/dev/null
# 2 Montemitro: openpyxl -> LibreOffice Calc
python3 "$SRC/d02_montemitro.py" "$T/graduatoria-montemitro-calc.xlsx"
$LO --convert-to pdf "$T/graduatoria-montemitro-calc.xlsx" --outdir "$OUT" >/dev/null
# 3 Sefro: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d03_sefro.html" "$OUT/esito-sefro-wkhtml.pdf"
# 4 Gessopalena: pdfLaTeX with letter-spacing
cp "$SRC/d04_gessopalena.tex" "$T/asta-gessopalena-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode asta-gessopalena-latex.tex >/dev/null)
mv "$T/asta-gessopalena-latex.pdf" "$OUT/"
# 5 Belmonte Piceno: reportlab, Tw/Tc
python3 "$SRC/d05_belmontepiceno.py" "$OUT/avviso-belmontepiceno-tw.pdf"
# 6 Abbateggio: reportlab, one glyph per text object, rotated stamp
python3 "$SRC/d06_abbateggio.py" "$OUT/manifesto-abbateggio-glyphs.pdf"
# 7 Cercepiccola: enscript -> ghostscript
enscript -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d07.ps" "$SRC/d07_cercepiccola.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/deposito-cercepiccola-enscript.pdf"
# 8 Mergo: Chromium headless
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-95c --no-pdf-header-footer --print-to-pdf="$OUT/avviso-mergo-chromium.pdf" "file://$SRC/d08_mergo.html" 2>/dev/null
# 9 Ortona dei Marsi: python-docx -> LibreOffice
python3 "$SRC/d09_ortonadeimarsi.py" "$T/avviso-ortonadeimarsi-word.docx"
$LO --convert-to pdf "$T/avviso-ortonadeimarsi-word.docx" --outdir "$OUT" >/dev/null
# 10 Macchia Valfortore: groff -ms two columns -> gropdf
preconv -e utf-8 "$SRC/d10_macchiavalfortore.ms" | groff -ms -Tpdf -P-pa4 > "$OUT/avviso-macchiavalfortore-groff.pdf"
# 11 Fagnano Alto: reportlab Form XObjects, out of order
python3 "$SRC/d11_fagnanoalto.py" "$OUT/avviso-fagnanoalto-formxobj.pdf"
# 12 Montecalvo in Foglia: fpdf2, CID TrueType font
python3 "$SRC/d12_montecalvoinfoglia.py" "$OUT/avviso-montecalvoinfoglia-fpdf.pdf"
rm -rf "$T"
