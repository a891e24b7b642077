#!/bin/sh
# Rebuilds the 12 PDFs of set mix-106-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, multicol, fancyhdr, lastpage), groff (gropdf).
# Private profiles (override with LO_PROFILE / CHR_PROFILE) so parallel sessions do not collide.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
LO="-env:UserInstallation=${LO_PROFILE:-file:///tmp/lo-106a}"; CHR=${CHR_PROFILE:-/tmp/chr-106a}
export LANG=C.UTF-8
# --- Comune di Roccagloriosa (SA), "Halley" house style
python3 "$SRC/r1_roccagloriosa.py" "$OUT/deliberazione-roccagloriosa-halley.pdf"                 # reportlab, Tw/Tc
iconv -f utf-8 -t latin1 "$SRC/r2_roccagloriosa.txt" > "$T/r2.txt"                                  # 80-col Courier
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/r2.ps" "$T/r2.txt"
ps2pdf -sPAPERSIZE=a4 "$T/r2.ps" "$OUT/determinazione-roccagloriosa-halley.pdf"
wkhtmltopdf -q --disable-smart-shrinking --zoom 1.25 -s A4 -T 18mm -B 15mm -L 20mm -R 18mm "$SRC/r3_roccagloriosa.html" "$OUT/ordinanza-roccagloriosa-halley.pdf"
python3 "$SRC/r4_roccagloriosa.py" "$T/attestazione-roccagloriosa-halley.docx"                      # Word -> LibreOffice
soffice "$LO" --headless --convert-to pdf "$T/attestazione-roccagloriosa-halley.docx" --outdir "$OUT" >/dev/null
# --- Comune di Terranova di Pollino (PZ), "APSystems" house style
cp "$SRC/t1_terranovadipollino.tex" "$T/deliberazione-terranovadipollino-apsystems.tex"          # pdfLaTeX, 2-col roll
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-terranovadipollino-apsystems.tex >/dev/null; done)
mv "$T/deliberazione-terranovadipollino-apsystems.pdf" "$OUT/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-terranovadipollino-apsystems.pdf" "$SRC/t2_terranovadipollino.html" 2>/dev/null
python3 "$SRC/t3_terranovadipollino.py" "$OUT/decreto-terranovadipollino-apsystems.pdf"          # fpdf2, running head
groff -k -ms -Tpdf "$SRC/t4_terranovadipollino.ms" > "$OUT/avviso-terranovadipollino-apsystems.pdf"
# --- Comune di Castellino del Biferno (CB), "Studio K" house style
python3 "$SRC/c1_castellinodelbiferno.py" "$OUT/deliberazione-castellinodelbiferno-studiok.pdf"  # Form XObjects, out of order
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/c2_castellinodelbiferno.html" --outdir "$T" >/dev/null
mv "$T/c2_castellinodelbiferno.pdf" "$OUT/determinazione-castellinodelbiferno-studiok.pdf"
python3 "$SRC/c3_castellinodelbiferno.py" "$OUT/ordinanza-castellinodelbiferno-studiok.pdf"      # glyph by glyph, rotated stamp
python3 "$SRC/c4_castellinodelbiferno.py" "$OUT/convocazione-castellinodelbiferno-studiok.pdf"   # fpdf2, Tc letter-spacing
rm -rf "$T"
