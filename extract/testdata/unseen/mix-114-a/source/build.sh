#!/bin/sh
# Rebuilds the 12 PDFs of set mix-114-a into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), pdflatex (lmodern,
# fancyhdr, lastpage, tikz), LibreOffice, chromium, wkhtmltopdf, groff,
# enscript, a2ps, ghostscript (ps2pdf), iconv.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- Comune di Bellinzago Novarese (house style "CSI Piemonte")
python3 "$SRC/bel_deliberazione_rl.py" "$OUT/deliberazione-bellinzagonovarese-csipiemonte.pdf"

cp "$SRC/bel_determinazione.tex" "$TMP/"
( cd "$TMP" && pdflatex -interaction=nonstopmode bel_determinazione.tex >/dev/null \
            && pdflatex -interaction=nonstopmode bel_determinazione.tex >/dev/null )
cp "$TMP/bel_determinazione.pdf" "$OUT/determinazione-bellinzagonovarese-csipiemonte.pdf"

python3 "$SRC/bel_ordinanza_docx.py" "$TMP/ordinanza-bellinzagonovarese-csipiemonte.docx"
LO=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$TMP" \
        "$TMP/ordinanza-bellinzagonovarese-csipiemonte.docx" >/dev/null 2>&1
rm -rf "$LO"
cp "$TMP/ordinanza-bellinzagonovarese-csipiemonte.pdf" "$OUT/"

chrome() {  # $1 html, $2 pdf
  UD=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$UD" --no-pdf-header-footer \
           --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
  rm -rf "$UD"
}
chrome "$SRC/bel_certificato.html" "$OUT/certificato-bellinzagonovarese-csipiemonte.pdf"

# --- Comune di Popoli (house style "HalleyWeb")
chrome "$SRC/pop_deliberazione.html" "$OUT/deliberazione-popoli-halleyweb.pdf"

wkhtmltopdf -q -s A4 -T 18mm -B 18mm -L 20mm -R 17mm --disable-smart-shrinking \
            --enable-local-file-access "$SRC/pop_determinazione.html" \
            "$OUT/determinazione-popoli-halleyweb.pdf" 2>/dev/null

python3 "$SRC/pop_decreto_raw.py" "$OUT/decreto-popoli-halleyweb.pdf"

groff -Kutf8 -Tps -P-pa4 "$SRC/pop_convocazione.tr" > "$TMP/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/conv.ps" "$OUT/convocazione-popoli-halleyweb.pdf"

# --- Comune di Lercara Friddi (house style "Gruppo ADS")
iconv -f utf-8 -t latin1 "$SRC/ler_deliberazione.txt" > "$TMP/delib.txt"
enscript -q -X latin1 -M A4 -f Courier10 -F Courier-Bold8 --margins=62:40:30:40 \
         -b 'Comune di Lercara Friddi - Deliberazione G.M. n. 21 del 16/02/2027||Pag. $% di $=' \
         -t "Delib. G.M. 21/2027" -o "$TMP/delib.ps" "$TMP/delib.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/delib.ps" "$OUT/deliberazione-lercarafriddi-gruppoads.pdf"

python3 "$SRC/ler_determinazione_fpdf.py" "$OUT/determinazione-lercarafriddi-gruppoads.pdf"

iconv -f utf-8 -t latin1 "$SRC/ler_avviso.txt" > "$TMP/avviso.txt"
a2ps -q -1 --portrait --medium=A4 --encoding=latin1 --pretty-print=plain --chars-per-line=80 \
     --borders=no -B --left-footer='Comune di Lercara Friddi - Avviso prot. n. 2561 del 18/02/2027' \
     --footer='' --right-footer='Pag. %p./%p#' --center-title='' -o "$TMP/avviso.ps" "$TMP/avviso.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/avviso.ps" "$OUT/avviso-lercarafriddi-gruppoads.pdf"

python3 "$SRC/ler_certificato_rl.py" "$OUT/certificato-lercarafriddi-gruppoads.pdf"

ls -l "$OUT"/*.pdf
