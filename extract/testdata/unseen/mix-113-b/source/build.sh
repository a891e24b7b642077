#!/bin/sh
# Rebuilds the twelve PDFs of mix-113-b into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), LibreOffice,
# chromium, wkhtmltopdf, groff, enscript, ghostscript (ps2pdf), pdflatex.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$T" "$LO" "$CH"' EXIT

python3 "$SRC/crest.py" "$T/crest-meldola.png" red
python3 "$SRC/crest.py" "$T/crest-valguarnera.png" red

soffice_pdf() {  # $1 = .docx in $T
    (cd "$T" && soffice --headless -env:UserInstallation=file://$LO --convert-to pdf "$1" >/dev/null 2>&1)
}

# --- Comune di Meldola (Civilia Next) ---
python3 "$SRC/meldola_avviso_docx.py" "$T/avviso-meldola-civilia.docx" "$T/crest-meldola.png"
soffice_pdf avviso-meldola-civilia.docx
cp "$T/avviso-meldola-civilia.pdf" "$OUT/"

python3 "$SRC/meldola_attestazione_rl.py" "$OUT/attestazione-meldola-civilia.pdf"

cp "$SRC/esito-meldola-civilia.tex" "$T/"
cp "$T/crest-meldola.png" "$T/crest.png"
(cd "$T" && pdflatex -interaction=nonstopmode esito-meldola-civilia.tex >/dev/null \
         && pdflatex -interaction=nonstopmode esito-meldola-civilia.tex >/dev/null)
cp "$T/esito-meldola-civilia.pdf" "$OUT/"

python3 "$SRC/allegato_meldola_html.py" "$T/allegato-meldola-civilia.html"
chromium --headless --no-sandbox --user-data-dir="$CH" --no-pdf-header-footer \
    --print-to-pdf="$OUT/allegato-meldola-civilia.pdf" "file://$T/allegato-meldola-civilia.html" >/dev/null 2>&1

# --- Comune di San Martino in Pensilis (Halley) ---
groff -k -Tps "$SRC/avviso-sanmartinoinpensilis-halley.tr" > "$T/avviso-smp.ps"
ps2pdf "$T/avviso-smp.ps" "$OUT/avviso-sanmartinoinpensilis-halley.pdf"

python3 "$SRC/relata_sanmartino_fpdf.py" "$OUT/relata-sanmartinoinpensilis-halley.pdf"

enscript -q -X latin1 -f Courier10 -F Courier-Bold10 --margins=50:40:30:40 \
    --header='ALBO PRETORIO|REFERTO N. 31/2027|Pag. $%/$=' -M A4 \
    -o "$T/attestazione-smp.ps" "$SRC/attestazione-sanmartinoinpensilis-halley.txt"
ps2pdf "$T/attestazione-smp.ps" "$OUT/attestazione-sanmartinoinpensilis-halley.pdf"

wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 16mm -R 16mm \
    "$SRC/avvisopubblico-sanmartinoinpensilis-halley.html" \
    "$OUT/avviso-pubblico-sanmartinoinpensilis-halley.pdf" >/dev/null 2>&1

# --- Comune di Valguarnera Caropepe (Sikuel) ---
python3 "$SRC/avviso_valguarnera_raw.py" "$OUT/avviso-mercato-valguarneracaropepe-sikuel.pdf"
python3 "$SRC/attestazione_valguarnera_rl.py" "$OUT/attestazione-determina-valguarneracaropepe-sikuel.pdf"
python3 "$SRC/attestazione_valguarnera_fpdf.py" "$OUT/attestazione-ordinanza-valguarneracaropepe-sikuel.pdf"
python3 "$SRC/avviso2_valguarnera_docx.py" "$T/avviso-trasporto-valguarneracaropepe-sikuel.docx" "$T/crest-valguarnera.png"
soffice_pdf avviso-trasporto-valguarneracaropepe-sikuel.docx
cp "$T/avviso-trasporto-valguarneracaropepe-sikuel.pdf" "$OUT/"

ls -l "$OUT"/*.pdf
