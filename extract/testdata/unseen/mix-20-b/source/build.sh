#!/bin/bash
# Rebuilds the 12 PDFs of mix-20-b into the parent folder (kept as a record).
# Needs: python3 with python-docx, fpdf2, reportlab; libreoffice (writer), wkhtmltopdf,
# chromium, enscript, ghostscript (ps2pdf), texlive (pdflatex, lmodern, babel-italian).
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"

# A. Unione dei Comuni del Parteolla e Basso Campidano - Word (python-docx) -> LibreOffice
python3 "$SRC/a_parteolla.py" delibera-parteolla-zuddas.docx
soffice --headless --convert-to pdf delibera-parteolla-zuddas.docx >/dev/null
cp delibera-parteolla-zuddas.pdf "$OUT/"

# B. Provincia di Cosenza - HTML -> wkhtmltopdf (Qt)
wkhtmltopdf -q --disable-smart-shrinking --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 16mm \
  "$SRC/b_provinciacosenza.html" "$OUT/decreto-provinciacosenza-apkappa.pdf" 2>/dev/null || true

# C. Ente Parco Migliarino San Rossore Massaciuccoli - HTML -> headless Chromium (Skia)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determina-sanrossore-civilia.pdf" "$SRC/c_sanrossore.html" >/dev/null 2>&1

# D. Ambito Territoriale Sociale di Triggiano - fpdf2
python3 "$SRC/d_triggiano.py" "$OUT/convocazione-triggiano-maggioli.pdf"

# E. Citta' di Casale Monferrato - 80-column text -> enscript (Courier 10) -> ps2pdf
python3 "$SRC/e_casalemonferrato.py" e.txt
enscript -q -B -f Courier10 -L 66 --margins=60:40:40:40 -M A4 -p e.ps e.txt
ps2pdf -sPAPERSIZE=a4 e.ps "$OUT/delibera-casalemonferrato-as400.pdf"

# F. Comune di Scalea - 132-column text -> spool2pdf (raw PDF, Courier, landscape)
python3 "$SRC/f_scalea.py" f.txt
python3 "$SRC/spool2pdf.py" f.txt "$OUT/determina-scalea-kibernetes.pdf"

# G. Comune di Sorgono - filled form (reportlab)
python3 "$SRC/g_sorgono.py" "$OUT/certificato-sorgono-siscom.pdf"

# H. Comune di Castagneto Carducci - typewriter-like Word (Courier New) -> LibreOffice
python3 "$SRC/h_castagnetocarducci.py" avviso-castagnetocarducci-typewriter.docx
soffice --headless --convert-to pdf avviso-castagnetocarducci-typewriter.docx >/dev/null
cp avviso-castagnetocarducci-typewriter.pdf "$OUT/"

# I. Comune di Noci - pdfLaTeX
cp "$SRC/i_noci.tex" .
pdflatex -interaction=nonstopmode i_noci.tex >/dev/null
pdflatex -interaction=nonstopmode i_noci.tex >/dev/null
cp i_noci.pdf "$OUT/delibera-noci-latex.pdf"

# J. Comune di Santhia' - glyph-by-glyph reportlab, rotated Albo stamp
python3 "$SRC/j_santhia.py" "$OUT/determina-santhia-jiride.pdf"

# K. Comune di Badolato - Tw/Tc justification, letter-spaced headings (reportlab)
python3 "$SRC/k_badolato.py" "$OUT/avviso-badolato-dedagroup.pdf"

# L. Comune di Sanluri - raw PDF, Form XObjects painted last, body column by column
python3 "$SRC/l_sanluri.py" "$OUT/allegato-sanluri-saga.pdf"

ls -l "$OUT"/*.pdf
