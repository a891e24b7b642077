#!/bin/sh
# Rebuilds the 12 PDFs of set mix-104-a into the parent directory (OUTDIR), then keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff (gropdf, tbl), pdflatex (lmodern, multicol, fancyhdr, hyperref), poppler-utils.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix104a-build.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-104a"
rm -f "$OUT"/*.pdf
# --- Comune di Ponteranica (BG, Lombardia) - "halley" house style
python3 "$SRC/d01_ponteranica.py" "$OUT/deliberazione-ponteranica-halley.pdf"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d02_ponteranica.html" --outdir "$T" >/dev/null
mv "$T/d02_ponteranica.pdf" "$OUT/determinazione-ponteranica-halley.pdf"
python3 "$SRC/d03_ponteranica.py" "$OUT/ordinanza-ponteranica-halley.pdf"
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d04.ps" "$SRC/d04_ponteranica.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d04.ps" "$OUT/attestazione-ponteranica-halley.pdf"
# --- Comune di Gavorrano (GR, Toscana) - "civilia" house style
cp "$SRC/d05_gavorrano.tex" "$T/deliberazione-gavorrano-civilia.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-gavorrano-civilia.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-gavorrano-civilia.tex >/dev/null)
mv "$T/deliberazione-gavorrano-civilia.pdf" "$OUT/"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-104a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-gavorrano-civilia.pdf" "$SRC/d06_gavorrano.html" 2>/dev/null
groff -ms -t -Tpdf -P-pa4 -dpaper=a4 "$SRC/d07_gavorrano.ms" > "$OUT/decreto-gavorrano-civilia.pdf"
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 17mm -R 17mm "$SRC/d08_gavorrano.html" "$OUT/avviso-gavorrano-civilia.pdf"
# --- Comune di Cursi (LE, Puglia) - "hypersic" house style
python3 "$SRC/d09_cursi.py" "$OUT/deliberazione-cursi-hypersic.pdf"
python3 "$SRC/d10_cursi.py" "$T/determinazione-cursi-hypersic.docx"
soffice $LO --headless --convert-to pdf "$T/determinazione-cursi-hypersic.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d11_cursi.py" "$OUT/ordinanza-cursi-hypersic.pdf"
python3 "$SRC/d12_cursi.py" "$OUT/convocazione-cursi-hypersic.pdf"
rm -rf "$T"
python3 "$SRC/keys_make.py"
