#!/bin/sh
# Rebuilds the 12 PDFs of set mix-96-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (-ms, tbl), pdflatex (lmodern, microtype, fancyhdr, multirow).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=file://$T/lo"
# --- Comune di Zapponeta (FG, Puglia): house style "halley"
python3 "$SRC/gen_rl.py" d01 "$OUT/deliberazione-zapponeta-halley.pdf"          # reportlab, Tw justification
enscript -B -f Courier9 -M A4 --margins=40:30:30:30 -X latin1 -o "$T/d02.ps" "$SRC/d02_zapponeta.txt" 2>/dev/null
ps2pdf -sPAPERSIZE=a4 "$T/d02.ps" "$OUT/determinazione-zapponeta-halley.pdf"    # enscript + Ghostscript
python3 "$SRC/gen_rl.py" d03 "$OUT/ordinanza-zapponeta-halley.pdf"             # reportlab, glyph by glyph, rotated stamp
python3 "$SRC/gen_fpdf.py" d04 "$OUT/attestazione-zapponeta-halley.pdf"         # fpdf2
# --- Comune di Torrioni (AV, Campania): house style "civilia"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-torrioni-civilia.pdf" "$SRC/d05_torrioni.html" 2>/dev/null
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_torrioni.html" "$OUT/determinazione-torrioni-civilia.pdf"
groff -ms -t -Tpdf -Kutf8 "$SRC/d07_torrioni.ms" > "$OUT/decreto-torrioni-civilia.pdf"
python3 "$SRC/gen_docx.py" d08 "$T/avviso-torrioni-civilia.docx"
soffice "$LO" --headless --convert-to pdf "$T/avviso-torrioni-civilia.docx" --outdir "$OUT" >/dev/null
# --- Comune di Cervaro (FR, Lazio): house style "sicraweb"
cp "$SRC/d09_cervaro.tex" "$T/deliberazione-cervaro-sicraweb.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-cervaro-sicraweb.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-cervaro-sicraweb.tex >/dev/null)
mv "$T/deliberazione-cervaro-sicraweb.pdf" "$OUT/"
python3 "$SRC/gen_docx.py" d10 "$T/determinazione-cervaro-sicraweb.docx"
soffice "$LO" --headless --convert-to pdf "$T/determinazione-cervaro-sicraweb.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/gen_fpdf.py" d11 "$OUT/ordinanza-cervaro-sicraweb.pdf"
python3 "$SRC/gen_rl.py" d12 "$OUT/avviso-cervaro-sicraweb.pdf"                 # reportlab, Form XObjects, out of order
rm -rf "$T"
python3 "$SRC/keys_make.py"
