#!/bin/sh
# Rebuilds the 12 PDFs of set mix-100-c into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, pdflatex (lmodern, microtype,
# fancyhdr, enumitem), wkhtmltopdf, chromium, groff (-ms, tbl), enscript, ghostscript (ps2pdf), poppler-utils.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
LOPROF=${LOPROF:-/tmp/lo-100c}; CHRPROF=${CHRPROF:-/tmp/chr-100c}
LO="soffice -env:UserInstallation=file://$LOPROF --headless"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# 1 Castellina in Chianti: python-docx -> LibreOffice Writer, office as a right-aligned block
python3 "$SRC/d01_castellinainchianti.py" "$T/avviso-castellinainchianti-writer.docx"
$LO --convert-to pdf "$T/avviso-castellinainchianti-writer.docx" --outdir "$OUT" >/dev/null
# 2 Roccastrada: pdfLaTeX, office in the running head, letter-spaced headings
cp "$SRC/d02_roccastrada.tex" "$T/bando-roccastrada-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode bando-roccastrada-latex.tex >/dev/null && pdflatex -interaction=nonstopmode bando-roccastrada-latex.tex >/dev/null)
mv "$T/bando-roccastrada-latex.pdf" "$OUT/"
# 3 Civitella Paganico: wkhtmltopdf, office as a band under the crest, offers table with merged cells
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d03_civitellapaganico.html" "$OUT/esito-civitellapaganico-wkhtml.pdf" 2>/dev/null
# 4 Capranica: openpyxl -> LibreOffice Calc, office in the page header
python3 "$SRC/d04_capranica.py" "$T/graduatoria-capranica-calc.xlsx"
$LO --convert-to pdf "$T/graduatoria-capranica-calc.xlsx" --outdir "$OUT" >/dev/null
# 5 Arsoli: reportlab, glyph by glyph, rotated stamp drawn first
python3 "$SRC/d05_arsoli.py" "$OUT/ordinanza-arsoli-halley.pdf"
# 6 Collalto Sabino: fpdf2, CID TrueType fonts
python3 "$SRC/d06_collaltosabino.py" "$OUT/comunicato-collaltosabino-fpdf.pdf"
# 7 Ottati: headless Chromium, office in the running head repeated on both pages
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHRPROF" --no-pdf-header-footer --print-to-pdf="$OUT/avviso-ottati-chromium.pdf" "file://$SRC/d07_ottati.html" 2>/dev/null
# 8 Sessa Cilento: 80-column Courier text, enscript + ps2pdf; office only in the signature
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d08.ps" "$SRC/d08_sessacilento.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d08.ps" "$OUT/avviso-sessacilento-enscript.pdf"
# 9 Pertosa: groff -ms + tbl (gropdf), office band under the crest
groff -ms -t -k -Tpdf -P-pa4 "$SRC/d09_pertosa.ms" > "$OUT/avviso-pertosa-groff.pdf"
# 10 Cleto: hand-written PostScript drawn out of reading order, ps2pdf
python3 "$SRC/d10_cleto.py" "$T/d10.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/avviso-cleto-ps.pdf"
# 11 Belmonte Calabro: reportlab, Tw justification, Form XObject letterhead and foot
python3 "$SRC/d11_belmontecalabro.py" "$OUT/bando-belmontecalabro-reportlab.pdf"
# 12 Stignano: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d12_stignano.html" "$T/avviso-stignano-writer.html"
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-stignano-writer.html" --outdir "$OUT" >/dev/null
python3 "$SRC/keys_make.py"
