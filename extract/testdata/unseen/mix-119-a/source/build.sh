#!/bin/sh
# Rebuilds the twelve PDFs of mix-119-a into the set folder (the parent of
# this one). Needs python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow),
# chromium, wkhtmltopdf, LibreOffice, pdflatex (helvet, microtype, tikz,
# fancyhdr, enumitem), groff, enscript, ghostscript.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
U=$(mktemp -d)
trap 'rm -rf "$T" "$LO" "$U"' EXIT

# San Chirico Raparo (Basilicata) - "Halley"
python3 "$SRC/a_delibera_halley.py" "$OUT/deliberazione-sanchiricoraparo-halley.pdf"
python3 "$SRC/a_determina_halley.py" "$OUT/determinazione-sanchiricoraparo-halley.pdf"
python3 "$SRC/a_ordinanza_halley.py" "$T/ordinanza-sanchiricoraparo-halley.docx"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
    "$T/ordinanza-sanchiricoraparo-halley.docx" >/dev/null
cp "$T/ordinanza-sanchiricoraparo-halley.pdf" "$OUT/"
iconv -f utf-8 -t latin1 "$SRC/a_attestazione_halley.txt" > "$T/att.txt"
enscript -q -B -f Courier@10/13 --margins=56:48:50:50 -X latin1 \
    -t "Attestazione pubblicazione 398/2027" -o "$T/att.ps" "$T/att.txt"
ps2pdf -sPAPERSIZE=a4 "$T/att.ps" "$OUT/attestazione-sanchiricoraparo-halley.pdf"

# Monticelli d'Ongina (Emilia-Romagna) - "Sicraweb"
chromium --headless --no-sandbox --disable-gpu "--user-data-dir=$U" --no-pdf-header-footer \
    "--print-to-pdf=$OUT/deliberazione-monticellidongina-sicraweb.pdf" \
    "file://$SRC/b_delibera_sicraweb.html" 2>/dev/null
wkhtmltopdf -q --page-size A4 -T 14mm -B 14mm -L 16mm -R 16mm \
    --title "Determinazione n. 231 del 05/07/2027" \
    "$SRC/b_determina_sicraweb.html" "$OUT/determinazione-monticellidongina-sicraweb.pdf" 2>/dev/null
cp "$SRC/b_decreto_sicraweb.tex" "$T/decreto.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto.tex >/dev/null && \
    pdflatex -interaction=nonstopmode decreto.tex >/dev/null) || true
cp "$T/decreto.pdf" "$OUT/decreto-monticellidongina-sicraweb.pdf"
groff -Tps -P-pa4 "$SRC/b_convocazione_sicraweb.tr" > "$T/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$T/conv.ps" "$OUT/convocazione-monticellidongina-sicraweb.pdf"

# Saint-Rhemy-en-Bosses (Valle d'Aosta) - "INVA"
python3 "$SRC/c_delibera_inva.py" "$OUT/deliberazione-saintrhemyenbosses-inva.pdf"
python3 "$SRC/c_determina_inva.py" "$OUT/determinazione-saintrhemyenbosses-inva.pdf"
python3 "$SRC/c_avviso_inva.py" "$T/avviso-saintrhemyenbosses-inva.fodt"
soffice --headless "-env:UserInstallation=file://$LO" --convert-to pdf --outdir "$T" \
    "$T/avviso-saintrhemyenbosses-inva.fodt" >/dev/null
cp "$T/avviso-saintrhemyenbosses-inva.pdf" "$OUT/"
python3 "$SRC/c_certificato_inva.py" "$OUT/certificato-saintrhemyenbosses-inva.pdf"

python3 "$SRC/keys_make.py"
