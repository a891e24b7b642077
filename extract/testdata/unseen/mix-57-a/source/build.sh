#!/bin/sh
# Rebuilds the 12 PDFs of set mix-57-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), pdflatex (lmodern), enscript, ghostscript,
# LibreOffice (soffice), chromium.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP="$OUT/tmp"; mkdir -p "$TMP"
# 1 Prato allo Stelvio (reportlab, DE|IT columns, Italian glyph by glyph)
python3 "$SRC/prato/make.py" "$OUT/delibera-prato-stelvio-siag.pdf"
# 2 Resia (pdflatex)
( cd "$TMP" && pdflatex -interaction=nonstopmode "$SRC/resia/delibera.tex" >/dev/null && cp delibera.pdf "$OUT/delibera-resia-latex.pdf" )
# 3 Consorzio di Bonifica Delta del Po (HTML through LibreOffice Writer)
( cd "$TMP" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir . "$SRC/deltapo/delibera.html" >/dev/null && mv delibera.pdf "$OUT/delibera-delta-po-writer.pdf" )
# 4 Caggiano (132-column text, enscript + ps2pdf)
( cd "$TMP" && python3 "$SRC/caggiano/make.py" && enscript -q -r -B -f Courier7.6 --margins=28:28:30:30 -X latin1 -t "Determinazione" -o det.ps determina.txt && ps2pdf -sPAPERSIZE=a4 det.ps "$OUT/determina-caggiano-halley.pdf" )
# 5 Chambave (reportlab, Tw/Tc, rotated stamp)
python3 "$SRC/chambave/make.py" "$OUT/determina-chambave-apkappa.pdf"
# 6 Provincia di Biella (Chromium print of HTML)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chr" --print-to-pdf="$OUT/determina-biella-sicraweb.pdf" "file://$SRC/biella/determina.html"
# 7 Rocca Imperiale, 8 ASL Medio Campidano (python-docx -> LibreOffice)
( cd "$TMP" && python3 "$SRC/roccaimperiale/make.py" ordinanza.docx && python3 "$SRC/medio-campidano/make.py" avviso.docx \
  && soffice --headless --convert-to pdf ordinanza.docx avviso.docx >/dev/null \
  && mv ordinanza.pdf "$OUT/ordinanza-rocca-imperiale-word.pdf" && mv avviso.pdf "$OUT/avviso-asl-medio-campidano-word.pdf" )
# 9 Orune (reportlab form)
python3 "$SRC/orune/make.py" "$OUT/attestazione-orune-datagraph.pdf"
# 10 Lugnano in Teverina (openpyxl -> LibreOffice Calc, Italian locale)
( cd "$TMP" && python3 "$SRC/lugnano/make.py" tariffe_cimiteriali_2026.xlsx && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf tariffe_cimiteriali_2026.xlsx >/dev/null && mv tariffe_cimiteriali_2026.pdf "$OUT/allegato-lugnano-teverina-calc.pdf" )
# 11 Comunità Montana Alta Irpinia (reportlab, Form XObjects)
python3 "$SRC/alta-irpinia/make.py" "$OUT/convocazione-alta-irpinia-word.pdf"
# 12 Guardea (reportlab + Pillow letterhead picture)
python3 "$SRC/guardea/make.py" "$OUT/avviso-guardea-jiride.pdf"
