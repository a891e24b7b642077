#!/bin/sh
# Rebuilds the 12 PDFs of set mix-55-b into the parent directory (OUTDIR) and keys.json.
# Needs: python3 + reportlab, fpdf2; texlive (pdflatex, fancyhdr, lastpage, helvet); context (ConTeXt MkIV);
# libreoffice-writer; chromium; pango1.0-tools (pango-view); poppler-utils for checks.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); W="$OUT/work"; mkdir -p "$W"; cd "$W"
python3 "$SRC/ostiglia_kion.py"        "$OUT/deliberazione-ostiglia-kion.pdf"
export OSFONTDIR=/usr/share/fonts/truetype
mtxrun --generate >/dev/null 2>&1 || true; mtxrun --script fonts --reload >/dev/null 2>&1 || true
context --batchmode --purgeall "$SRC/manciano_context.tex" >/dev/null && cp manciano_context.pdf "$OUT/deliberazione-manciano-context.pdf"
python3 "$SRC/pizzoli_wordml.py" pizzoli.xml && soffice --headless --convert-to pdf:writer_pdf_Export pizzoli.xml >/dev/null 2>&1 && cp pizzoli.pdf "$OUT/deliberazione-pizzoli-wordml2003.pdf"
pdflatex -interaction=batchmode "$SRC/casteggio_fancyhdr.tex" >/dev/null || true
pdflatex -interaction=batchmode "$SRC/casteggio_fancyhdr.tex" >/dev/null && cp casteggio_fancyhdr.pdf "$OUT/determinazione-casteggio-fancyhdr.pdf"
python3 "$SRC/paliano_reportlab.py"    "$OUT/determinazione-paliano-reportlab.pdf"
CH="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
$CH --print-to-pdf="$OUT/determinazione-unionealtavaldicecina-chromium.pdf" "$SRC/altavaldicecina_chromium.html" 2>/dev/null
$CH --print-to-pdf="$OUT/avviso-gissi-traspare.pdf" "$SRC/gissi_traspare.html" 2>/dev/null
soffice --headless --convert-to pdf:writer_pdf_Export "$SRC/minturno_htmlimport.html" >/dev/null 2>&1 && cp minturno_htmlimport.pdf "$OUT/ordinanza-minturno-htmlimport.pdf"
soffice --headless --convert-to pdf:writer_pdf_Export "$SRC/sinello_egrammata.html" >/dev/null 2>&1 && cp sinello_egrammata.pdf "$OUT/convocazione-unionesinello-egrammata.pdf"
python3 "$SRC/rho_jalbo.py"            "$OUT/attestazione-rho-jalbo.pdf"
python3 "$SRC/impruneta_blumatica.py"  "$OUT/allegato-impruneta-blumatica.pdf" >/dev/null
pango-view -q --markup --font="Liberation Sans 10.5" --dpi=72 -w 500 --margin="42 48" --line-spacing=1.15 \
  -o "$OUT/avviso-cittaducale-pangoview.pdf" "$SRC/cittaducale_pangoview.txt"
cd "$OUT" && python3 "$SRC/make_keys.py" && python3 "$SRC/check_keys.py"
rm -rf "$W"
