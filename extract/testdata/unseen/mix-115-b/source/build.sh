#!/bin/sh
# Rebuilds the 12 PDFs of set mix-115-b from the sources in this folder.
# Run from anywhere: sh source/build.sh   (writes into the set folder)
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comune di Sant'Olcese (Liguria): Civilia Next house style
# 1. Chromium, @page margin boxes for the running head and foot
mkdir -p "$T/chr"
chromium --headless --no-sandbox --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-santolcese-civilianext.pdf" \
  "$SRC/so1-determinazione-contrarre.html" 2>/dev/null
# 2. ReportLab platypus, Tw justification and Tc headings
python3 "$SRC/so2_liquidazione_reportlab.py" "$OUT/determinazione-santolcese-civilianext-liquidazione.pdf"
# 3. .docx (python-docx) exported by LibreOffice Writer
python3 "$SRC/so3_decreto_docx.py" "$T/decreto-santolcese-civilianext.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/decreto-santolcese-civilianext.docx" >/dev/null 2>&1
cp "$T/decreto-santolcese-civilianext.pdf" "$OUT/"
# 4. hand-written content streams with pikepdf, Form XObjects out of order, rotated stamp
python3 "$SRC/so4_pikepdf_streams.py" "$OUT/determinazione-santolcese-civilianext-servizisociali.pdf"

# --- Comune di Colli a Volturno (Molise): J-Serfin house style
# 5. 80-column Courier report by enscript + ps2pdf
iconv -f utf-8 -t latin1 "$SRC/cv1-determinazione-liquidazione.txt" > "$T/cv1.txt"
enscript -q -M A4 -f Courier10 -F Courier-Bold9 --margins=62:40:36:40 \
  -b 'Comune di Colli a Volturno||Det. R.G. n. 94 del 11/03/2027 - Pag. $% di $=' \
  -X latin1 -t "Determinazione R.G. n. 94/2027" -o "$T/cv1.ps" "$T/cv1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cv1.ps" "$OUT/determinazione-colliavolturno-jserfin.pdf"
# 6. plain troff through groff -Tps and ps2pdf
groff -k -Tps -P-pa4 "$SRC/cv2-determina-contrarre.tr" > "$T/cv2.ps"
ps2pdf -sPAPERSIZE=a4 "$T/cv2.ps" "$OUT/determinazione-colliavolturno-jserfin-contrarre.pdf"
# 7. fpdf2: a model filled over underscores
python3 "$SRC/cv3_modulo_fpdf2.py" "$OUT/determinazione-colliavolturno-jserfin-modulo.pdf"
# 8. a2ps 80-column report + ps2pdf
iconv -f utf-8 -t latin1 "$SRC/cv4-decreto-sindaco.txt" > "$T/decreto.txt"
a2ps -q -1 --portrait -M A4 --chars-per-line=80 --borders=no -X latin1 \
  --center-title="Decreto del Sindaco n. 6 del 19/03/2027" --left-title="Comune di Colli a Volturno" \
  --right-title='pag. $p./$p>' --header= --footer= --left-footer= --right-footer= \
  -o "$T/cv4.ps" "$T/decreto.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cv4.ps" "$OUT/decreto-colliavolturno-jserfin.pdf"

# --- Comune di Domusnovas (Sardegna): Halley house style
# 9. wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 16mm -B 16mm -L 18mm -R 16mm --title "Determinazione n. 52/2027" \
  "$SRC/dn1-determinazione-liquidazione.html" "$OUT/determinazione-domusnovas-halley.pdf" 2>/dev/null
# 10. pdfLaTeX (two runs for LastPage)
cp "$SRC/dn2-determina-contrarre.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode dn2-determina-contrarre.tex >/dev/null && \
            pdflatex -interaction=nonstopmode dn2-determina-contrarre.tex >/dev/null)
cp "$T/dn2-determina-contrarre.pdf" "$OUT/determinazione-domusnovas-halley-contrarre.pdf"
# 11. ReportLab canvas, every glyph placed alone
python3 "$SRC/dn3_decreto_glyphs.py" "$OUT/decreto-domusnovas-halley.pdf"
# 12. .docx (python-docx) exported by LibreOffice Writer
python3 "$SRC/dn4_determinazione_docx.py" "$T/determinazione-domusnovas-halley-servizio.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/determinazione-domusnovas-halley-servizio.docx" >/dev/null 2>&1
cp "$T/determinazione-domusnovas-halley-servizio.pdf" "$OUT/"

ls -l "$OUT"/*.pdf
