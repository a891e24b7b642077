#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), LibreOffice (writer+calc),
# chromium, enscript + ghostscript (ps2pdf), pdflatex (mathptmx, fancyhdr), DejaVu/Liberation fonts.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

# 1 Unione dei Comuni del Frignano - Giunta dell'Unione (python-docx -> LibreOffice Writer)
python3 "$SRC/01_frignano_delibera.py" "$WORK/Delibera_GU_14_2026.docx"
soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/Delibera_GU_14_2026.docx" >/dev/null 2>&1
cp Delibera_GU_14_2026.pdf "$OUT/deliberazione-frignano-libreoffice.pdf"

# 2 ASUFC - determinazione dirigenziale (Word-like template via python-docx -> LibreOffice Writer)
python3 "$SRC/02_asufc_determina.py" "$WORK/DET_312_2026.docx"
soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/DET_312_2026.docx" >/dev/null 2>&1
cp DET_312_2026.pdf "$OUT/determinazione-asufc-msword.pdf"

# 3 Ente Parco Nazionale del Circeo - avviso pubblico n. 3/2026 (HTML -> headless Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-circeo-chromium.pdf" "file://$SRC/03_circeo_avviso.html" >/dev/null 2>&1

# 4 Consorzio di Bonifica della Sardegna Centrale - notice (fpdf2)
python3 "$SRC/04_bonifica_avviso.py" "$OUT/avviso-bonificasardegnacentrale-fpdf.pdf"

# 5 Comune di Caluso - Consiglio comunale, 80-column report (enscript Courier 10 -> ps2pdf)
python3 "$SRC/05_caluso_delibera_cc.py" "$WORK/cc7.txt"
enscript -q -B -f Courier10 -M A4 --margins=48:40:40:40 -L 68 -X latin1 -o "$WORK/cc7.ps" "$WORK/cc7.txt"
ps2pdf -sPAPERSIZE=a4 "$WORK/cc7.ps" "$OUT/deliberazione-caluso-courier80.pdf"

# 6 Comune di Pontecorvo - determinazione, 132-column landscape report (reportlab Courier)
python3 "$SRC/06_pontecorvo_determina.py" "$OUT/determinazione-pontecorvo-datagraph132.pdf"

# 7 Comune di Roccadaspide - attestazione di pubblicazione, filled form (reportlab)
python3 "$SRC/07_roccadaspide_attestazione.py" "$OUT/attestazione-roccadaspide-modulo.pdf"

# 8 Comune di Codigoro - Allegato A, spreadsheet (openpyxl -> LibreOffice Calc)
python3 "$SRC/08_codigoro_allegato.py" "$WORK/Allegato_A_det_96_2026.xlsx"
soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/Allegato_A_det_96_2026.xlsx" >/dev/null 2>&1
cp Allegato_A_det_96_2026.pdf "$OUT/allegato-codigoro-calc.pdf"

# 9 Comune di Cormons - Giunta comunale (pdfLaTeX, run twice for the page reference)
cp "$SRC/09_cormons_delibera_gc.tex" "$WORK/gc18.tex"
pdflatex -interaction=nonstopmode gc18.tex >/dev/null
pdflatex -interaction=nonstopmode gc18.tex >/dev/null
cp gc18.pdf "$OUT/deliberazione-cormons-latex.pdf"

# 10 Comune di Rogliano - determinazione, glyph-by-glyph + Tw/Tc + rotated Albo stamp (reportlab)
python3 "$SRC/10_rogliano_determina.py" "$OUT/determinazione-rogliano-glyphs.pdf"

# 11 Comune di Somma Vesuviana - ordinanza, Form XObjects + out-of-order painting (reportlab)
python3 "$SRC/11_sommavesuviana_ordinanza.py" "$OUT/ordinanza-sommavesuviana-xobject.pdf"

# 12 Comune di Villasor - convocazione, picture letterhead + two columns (reportlab platypus)
python3 "$SRC/12_villasor_convocazione.py" "$WORK/conv.pdf"
cp "$WORK/conv.pdf" "$OUT/convocazione-villasor-twocolumn.pdf"

ls -l "$OUT"/*.pdf
