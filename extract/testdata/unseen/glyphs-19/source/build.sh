#!/bin/bash
# Rebuilds the 12 PDFs of this set into the folder above source/ (OUTDIR).
# Needs: python3 with reportlab, pikepdf, fonttools, python-docx; texlive
# (pdflatex, lualatex, lmodern, babel-italian); groff (with ms, tbl);
# ghostscript (ps2pdf); enscript; chromium; libreoffice-writer; fonts:
# urw-base35, liberation2, crosextra-carlito, linux-libertine.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# hand-written content streams (rawpdf / pikepdf) and ReportLab
python3 deliberazione_palmi.py        "$OUT/deliberazione-palmi-studiok.pdf"
python3 ordinanza_formia.py           "$OUT/ordinanza-formia-apkappa.pdf"
python3 determinazione_legnago.py     "$OUT/determinazione-legnago-kibernetes.pdf"
python3 avviso_martinafranca.py       "$OUT/avviso-martinafranca-datagraph.pdf"
python3 deliberazione_tortona.py      "$OUT/deliberazione-tortona-sicraweb.pdf"
python3 allegato_chiusi.py            "$OUT/allegato-chiusi-civilia.pdf"

# pdfLaTeX and LuaLaTeX
cp tex/deliberazione-selargius-zuddas.tex tex/avviso-milazzo-siscom.tex "$TMP/"
(cd "$TMP" && for i in 1 2; do pdflatex -interaction=nonstopmode deliberazione-selargius-zuddas.tex >/dev/null; done)
(cd "$TMP" && lualatex -interaction=nonstopmode avviso-milazzo-siscom.tex >/dev/null)
cp "$TMP/deliberazione-selargius-zuddas.pdf" "$TMP/avviso-milazzo-siscom.pdf" "$OUT/"

# groff -ms + tbl -> PostScript -> Ghostscript
groff -Kutf8 -t -ms -Tps -dpaper=a4 -P-pa4 groff/determinazione-camerino-halley.ms > "$TMP/camerino.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/camerino.ps" "$OUT/determinazione-camerino-halley.pdf"

# enscript -> PostScript -> Ghostscript
iconv -f utf-8 -t latin1 enscript/certificato-paterno-saga.txt > "$TMP/cert.l1"
HDR=$(printf 'Comune di Paternò - Albo Pretorio on line||Pag. $%% di $=' | iconv -f utf-8 -t latin1)
enscript -q -X latin1 -f Courier@10 -F Courier@8 -b "$HDR" -t "Certificato di pubblicazione" \
  --margins=60:50:40:48 -M A4 -o "$TMP/cert.ps" "$TMP/cert.l1"
ps2pdf -sPAPERSIZE=a4 "$TMP/cert.ps" "$OUT/certificato-paterno-saga.pdf"

# headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-sessaaurunca-jiride.pdf" \
  "file://$SRC/html/determinazione-sessaaurunca-jiride.html" 2>/dev/null

# Word template (.docx) -> LibreOffice Writer
python3 convocazione_codogno.py "$TMP/convocazione-codogno-word.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/convocazione-codogno-word.docx" >/dev/null 2>&1
cp "$TMP/convocazione-codogno-word.pdf" "$OUT/"

ls -l "$OUT"/*.pdf
