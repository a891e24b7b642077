#!/bin/sh
# Rebuilds the twelve PDFs of mix-132-a into the set folder (the parent of
# this source/ folder), then writes keys.json. No test runs it.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, pdflatex, groff-base, enscript, ghostscript, poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
LOPROFILE=$(mktemp -d)
CHROME=$(mktemp -d)
trap 'rm -rf "$TMP" "$LOPROFILE" "$CHROME"' EXIT
cd "$SRC"

# --- Comune di Casella (J-Iride style) ---
python3 deliberazione_casella.py "$OUT/deliberazione-casella-jiride.pdf"          # ReportLab
timeout 180 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHROME" \
  --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-casella-jiride.pdf" \
  "$SRC/determinazione-casella.html" 2>/dev/null                                    # Chromium
python3 ordinanza_casella.py "$OUT/ordinanza-casella-jiride.pdf"                  # pikepdf, hand-made streams
python3 avviso_casella.py "$TMP/avviso-casella-jiride.docx"                       # python-docx ->
(cd "$TMP" && soffice --headless -env:UserInstallation=file://"$LOPROFILE" \
  --convert-to pdf avviso-casella-jiride.docx >/dev/null 2>&1)                    # LibreOffice Writer
cp "$TMP/avviso-casella-jiride.pdf" "$OUT/"

# --- Comune di Balvano (Halley style) ---
mkdir "$TMP/tex"
cp deliberazione-balvano.tex "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode deliberazione-balvano.tex >/dev/null \
  && pdflatex -interaction=nonstopmode deliberazione-balvano.tex >/dev/null)      # pdfLaTeX (twice: LastPage)
cp "$TMP/tex/deliberazione-balvano.pdf" "$OUT/deliberazione-balvano-halley.pdf"
groff -k -Tps determinazione-balvano.tr > "$TMP/det.ps"                           # troff ->
ps2pdf -dPDFSETTINGS=/printer "$TMP/det.ps" "$OUT/determinazione-balvano-halley.pdf"   # Ghostscript
python3 decreto_balvano.py "$TMP/decreto.txt"                                     # 80-column text ->
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold8 --margins=54:40:30:40 \
  -b 'Comune di Balvano - Decreto del Sindaco n. 6 del 07/08/2028||Pag. $% di $=' \
  -o "$TMP/decreto.ps" "$TMP/decreto.txt"                                         # enscript ->
ps2pdf "$TMP/decreto.ps" "$OUT/decreto-balvano-halley.pdf"                        # Ghostscript
python3 certificato_balvano.py "$OUT/certificato-balvano-halley.pdf"              # fpdf2

# --- Comune di Noceto (Civilia Next style) ---
python3 deliberazione_noceto.py "$TMP/deliberazione-noceto-civilianext.docx"      # python-docx ->
(cd "$TMP" && soffice --headless -env:UserInstallation=file://"$LOPROFILE" \
  --convert-to pdf deliberazione-noceto-civilianext.docx >/dev/null 2>&1)         # LibreOffice Writer
cp "$TMP/deliberazione-noceto-civilianext.pdf" "$OUT/"
wkhtmltopdf -q -s A4 -T 16mm -B 18mm -L 18mm -R 18mm --encoding utf-8 \
  determinazione-noceto.html "$OUT/determinazione-noceto-civilianext.pdf" 2>/dev/null   # wkhtmltopdf
python3 ordinanza_noceto.py "$OUT/ordinanza-noceto-civilianext.pdf"               # fpdf2
timeout 180 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHROME" \
  --no-pdf-header-footer --print-to-pdf="$OUT/convocazione-noceto-civilianext.pdf" \
  "$SRC/convocazione-noceto.html" 2>/dev/null                                       # Chromium

python3 keys_make.py
