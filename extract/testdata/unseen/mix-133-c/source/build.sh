#!/bin/sh
# Rebuilds the 12 PDFs of set mix-133-c from the sources in this folder.
# Needs: chromium, wkhtmltopdf, python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), groff (groff-base),
# enscript, a2ps, ghostscript (ps2pdf), pdflatex (tgtermes, helvet, microtype, fancyhdr, lastpage), LibreOffice,
# poppler-utils (pdftotext, used by asp/determinazione_fill.py). No test runs this script.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

chrome() {  # chrome HTML OUT.pdf
    prof=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --user-data-dir="$prof" --no-pdf-header-footer \
        --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
    rm -rf "$prof"
}
lo() {  # lo FILE.docx OUTDIR
    soffice --headless -env:UserInstallation=file:///tmp/lo-mix-133-c --convert-to pdf --outdir "$2" "$1" >/dev/null 2>&1
}

# --- Unione Montana del Pinerolese ("Civilia Next" house style)
cd "$SRC/unione"
chrome "$SRC/unione/deliberazione.html" "$OUT/deliberazione-unionepinerolese-civilianext.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 24mm -B 20mm -L 22mm -R 20mm --enable-local-file-access \
    decreto.html "$OUT/decreto-unionepinerolese-civilianext.pdf" 2>/dev/null
chrome "$SRC/unione/determinazione.html" "$OUT/determinazione-unionepinerolese-civilianext.pdf"

# --- Provincia di Vibo Valentia ("J-Iride" house style)
cd "$SRC/provincia"
python3 deliberazione_rl.py "$OUT/deliberazione-provinciavibovalentia-jiride.pdf"
python3 decreto_fpdf.py "$OUT/decreto-provinciavibovalentia-jiride.pdf"
python3 determinazione_raw.py "$OUT/determinazione-provinciavibovalentia-jiride.pdf"

# --- Consorzio di Bonifica 5 Toscana Costa ("Kibernetes" 80-column reports)
cd "$SRC/consorzio"
groff -Tps deliberazione.tr > "$TMP/cdel.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/cdel.ps" "$OUT/deliberazione-toscanacosta-kibernetes.pdf"
python3 kib_txt.py            # writes decreto.txt and determinazione.txt
enscript -q -B -M A4 -f Courier10 --margins=62:40:48:36 -X latin1 -L 62 -o "$TMP/cdec.ps" decreto.txt
ps2pdf -sPAPERSIZE=a4 "$TMP/cdec.ps" "$OUT/decreto-toscanacosta-kibernetes.pdf"
a2ps -q -1 -R --medium=A4 --encoding=latin1 --chars-per-line=80 --borders=no --header= \
    --left-title= --right-title= --center-title="DETERMINAZIONE DG N. 231/2028" \
    --left-footer= --footer= --right-footer= -o "$TMP/cdet.ps" determinazione.txt
ps2pdf -sPAPERSIZE=a4 "$TMP/cdet.ps" "$OUT/determinazione-toscanacosta-kibernetes.pdf"

# --- ASP Vittorio Fossombroni, Arezzo ("Halley" Word model)
cd "$SRC/asp"
python3 logo.py
python3 deliberazione_docx.py "$TMP/deliberazione-aspfossombroni-halley.docx"
lo "$TMP/deliberazione-aspfossombroni-halley.docx" "$TMP"
cp "$TMP/deliberazione-aspfossombroni-halley.pdf" "$OUT/"
mkdir "$TMP/tex" && cp decreto.tex logo.png "$TMP/tex/"
(cd "$TMP/tex" && pdflatex -interaction=nonstopmode decreto.tex >/dev/null && pdflatex -interaction=nonstopmode decreto.tex >/dev/null)
cp "$TMP/tex/decreto.pdf" "$OUT/decreto-aspfossombroni-halley.pdf"
python3 determinazione_modulo.py "$TMP/modulo-det-dir.docx"
lo "$TMP/modulo-det-dir.docx" "$TMP"
python3 determinazione_fill.py "$TMP/modulo-det-dir.pdf" "$OUT/determinazione-aspfossombroni-halley.pdf"

ls -l "$OUT"/*.pdf
