#!/bin/sh
# Rebuilds the twelve PDFs of mix-112-b into the set folder (the parent of
# this directory). Temporary files go to a mktemp directory. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comune di Forgaria nel Friuli (Insiel Ascot Web house style) ---
python3 "$SRC/det_forgaria_reportlab.py" "$OUT/determinazione-forgarianelfriuli-ascotweb.pdf"
python3 "$SRC/ord_forgaria_pikepdf.py" "$OUT/ordinanza-forgarianelfriuli-ascotweb.pdf"
python3 "$SRC/delib_forgaria_docx.py" "$T/deliberazione-forgarianelfriuli-ascotweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
    "$T/deliberazione-forgarianelfriuli-ascotweb.docx" >/dev/null 2>&1
cp "$T/deliberazione-forgarianelfriuli-ascotweb.pdf" "$OUT/"
python3 "$SRC/cert_forgaria_fpdf.py" "$OUT/attestazione-forgarianelfriuli-ascotweb.pdf"

# --- Comune di Roseto degli Abruzzi (Maggioli Sicraweb EVO house style) ---
U=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
    --print-to-pdf="$OUT/giunta-roseto-sicrawebevo.pdf" "$SRC/delib-roseto-giunta.html" 2>/dev/null
rm -rf "$U"
cp "$SRC/delib-roseto-consiglio.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode delib-roseto-consiglio.tex >/dev/null \
         && pdflatex -interaction=nonstopmode delib-roseto-consiglio.tex >/dev/null)
cp "$T/delib-roseto-consiglio.pdf" "$OUT/consiglio-roseto-sicrawebevo.pdf"
wkhtmltopdf -q -s A4 -T 14mm -B 16mm -L 20mm -R 17mm --encoding utf-8 \
    "$SRC/decreto-roseto.html" "$OUT/decreto-roseto-sicrawebevo.pdf" 2>/dev/null
python3 "$SRC/det_roseto_fpdf.py" "$OUT/determinazione-roseto-sicrawebevo.pdf"

# --- Comune di Altavilla Irpina (GIES fixed-width house style) ---
iconv -f utf-8 -t latin1 "$SRC/det-altavilla.txt" > "$T/det.txt"
enscript -q -X latin1 -f Courier10 --margins=62:40:30:36 -M A4 \
    --header='Comune di Altavilla Irpina - Determinazione R.G. n. 538 del 11/12/2026||Pag. $% di $=' \
    --header-font=Courier8 -t "Determinazione n. 538/2026" -o "$T/det.ps" "$T/det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$OUT/determinazione-altavillairpina-gies.pdf"
iconv -f utf-8 -t latin1 "$SRC/allegato-altavilla.txt" > "$T/allegato.txt"
a2ps -q -X latin1 -1 -R --borders=no -B --chars-per-line=82 --medium=A4 \
    --title="Allegato A - graduatoria finale" -o "$T/allegato.ps" "$T/allegato.txt"
ps2pdf -sPAPERSIZE=a4 "$T/allegato.ps" "$OUT/allegato-altavillairpina-gies.pdf"
groff -Tps -P-pa4 "$SRC/ordinanza-altavilla.tr" > "$T/ordinanza.ps"
ps2pdf -sPAPERSIZE=a4 "$T/ordinanza.ps" "$OUT/ordinanza-altavillairpina-gies.pdf"
python3 "$SRC/avviso_altavilla_ps.py" "$T/avviso.ps"
ps2pdf -sPAPERSIZE=a4 "$T/avviso.ps" "$OUT/avviso-altavillairpina-gies.pdf"

python3 "$SRC/keys_make.py"
