#!/bin/sh
# Rebuilds the twelve PDFs of set mix-132-c into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, groff, enscript, a2ps, ghostscript (ps2pdf), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

python3 "$SRC/peschiera_crest.py" "$T/crest.png"

# ---- Bientina (Toscana), "Civilia" model
python3 "$SRC/bientina_html.py" "$T"
PROFILE=$(mktemp -d)
for f in avviso convocazione; do
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$PROFILE" \
    --no-pdf-header-footer --print-to-pdf="$T/$f.pdf" "file://$T/$f.html" 2>/dev/null
done
rm -rf "$PROFILE"
cp "$T/avviso.pdf" "$OUT/avviso-bientina-civilia.pdf"
cp "$T/convocazione.pdf" "$OUT/convocazione-bientina-civilia.pdf"
python3 "$SRC/bientina_rl.py" "$T"
cp "$T/bando.pdf" "$OUT/bando-bientina-civilia.pdf"
cp "$T/esito.pdf" "$OUT/esito-bientina-civilia.pdf"

# ---- Fornelli (Molise), "Halley" fixed-width prints
iconv -f utf-8 -t latin1 "$SRC/fornelli-avviso.txt" > "$T/AVVISO_TRASPORTO.txt"
enscript -B -q -M A4 -f Courier10 --margins=54:30:56:50 -t "Avviso trasporto scolastico" \
  -p "$T/avviso.ps" "$T/AVVISO_TRASPORTO.txt"
ps2pdf -sPAPERSIZE=a4 "$T/avviso.ps" "$OUT/avviso-fornelli-halley.pdf"

groff -Kutf8 -Tps -P-pa4 "$SRC/fornelli-graduatoria.tr" > "$T/grad.ps"
ps2pdf -sPAPERSIZE=a4 "$T/grad.ps" "$OUT/graduatoria-fornelli-halley.pdf"

python3 "$SRC/fornelli_convocazione.py" "$OUT/convocazione-fornelli-halley.pdf"

iconv -f utf-8 -t latin1 "$SRC/fornelli-mobilita.txt" > "$T/AVVISO_2_2028.txt"
(cd "$T" && a2ps -q -1 -R --medium=A4 --borders=no --chars-per-line=80 --encoding=latin1 \
  --header="" --center-title="Comune di Fornelli - Avviso pubblico n. 2/2028" --left-title="" \
  --right-title="" --left-footer="Prot. n. 2733 del 09/08/2028" --footer="" \
  --right-footer='Pagina $p./$p#' -o mob.ps AVVISO_2_2028.txt)
ps2pdf -sPAPERSIZE=a4 "$T/mob.ps" "$OUT/mobilita-fornelli-halley.pdf"

# ---- Peschiera del Garda (Veneto), "Sicraweb" model
python3 "$SRC/peschiera_avviso_docx.py" "$T/crest.png" "$T/avviso_palestre.docx"
(cd "$T" && soffice --headless -env:UserInstallation=file:///tmp/lo-mix-132-c \
  --convert-to pdf avviso_palestre.docx >/dev/null 2>&1)
cp "$T/avviso_palestre.pdf" "$OUT/avviso-peschieradelgarda-sicraweb.pdf"

cp "$SRC/peschiera-graduatoria.tex" "$T/"
(cd "$T" && pdflatex -interaction=batchmode peschiera-graduatoria.tex >/dev/null && \
            pdflatex -interaction=batchmode peschiera-graduatoria.tex >/dev/null)
cp "$T/peschiera-graduatoria.pdf" "$OUT/graduatoria-peschieradelgarda-sicraweb.pdf"

python3 "$SRC/peschiera_esito_raw.py" "$OUT/esito-peschieradelgarda-sicraweb.pdf"
python3 "$SRC/peschiera_sindaco_fpdf.py" "$T/crest.png" "$OUT/nomine-peschieradelgarda-sicraweb.pdf"

ls -l "$OUT"/*.pdf
