#!/bin/sh
# Rebuilds the twelve PDFs of set mix-130-c from the sources in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium, LibreOffice,
# wkhtmltopdf, pdflatex (helvet, tikz, fancyhdr, lastpage, enumitem), groff, enscript,
# a2ps, ghostscript (ps2pdf). No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM

# --- Comune di Anticoli Corrado (Lazio), house style "PA Digitale" ---
# A1 Giunta 38/2028: HTML printed by headless Chromium (running foot from @page margin boxes)
P=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$P" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-giunta-anticolicorrado-padigitale.pdf" \
  "file://$SRC/a1_giunta_anticoli.html" 2>/dev/null
rm -rf "$P"
# A2 Consiglio 17/2028: ReportLab
python3 "$SRC/a2_consiglio_anticoli.py" "$OUT/deliberazione-consiglio-anticolicorrado-padigitale.pdf"
# A3 determinazione Area Tecnica 176/2028: python-docx, then LibreOffice Writer
python3 "$SRC/a3_det_tecnica_anticoli.py" "$T/a3.docx" "$T/crest.png"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-130-c --convert-to pdf --outdir "$T" "$T/a3.docx" >/dev/null 2>&1
cp "$T/a3.pdf" "$OUT/determinazione-tecnica-anticolicorrado-padigitale.pdf"
# A4 determinazione Area Amministrativa 183/2028: fpdf2
python3 "$SRC/a4_det_amministrativa_anticoli.py" "$OUT/determinazione-amministrativa-anticolicorrado-padigitale.pdf"

# --- Comune di Caldarola (Marche), house style "Halley" ---
# B1 Giunta 57/2028: pdfLaTeX (two runs for LastPage)
cp "$SRC/b1_giunta_caldarola.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode b1_giunta_caldarola.tex >/dev/null && \
            pdflatex -interaction=nonstopmode b1_giunta_caldarola.tex >/dev/null)
cp "$T/b1_giunta_caldarola.pdf" "$OUT/deliberazione-giunta-caldarola-halley.pdf"
# B2 Consiglio 22/2028: hand-written content streams with pikepdf
python3 "$SRC/b2_consiglio_caldarola.py" "$OUT/deliberazione-consiglio-caldarola-halley.pdf"
# B3 determinazione Area Tecnica 214/2028: wkhtmltopdf
wkhtmltopdf -q --disable-smart-shrinking --encoding utf-8 -s A4 -T 15mm -B 18mm -L 20mm -R 18mm \
  --title "Determinazione Area Tecnica n. 214 del 13/06/2028" \
  "$SRC/b3_det_tecnica_caldarola.html" "$OUT/determinazione-tecnica-caldarola-halley.pdf" 2>/dev/null
# B4 determinazione Area Amministrativa - Contabile 226/2028: ReportLab
python3 "$SRC/b4_det_amministrativa_caldarola.py" "$OUT/determinazione-amministrativa-caldarola-halley.pdf"

# --- Comune di Chiaramonti (Sardegna), house style "Sipal" ---
# C1 determinazione Settore Tecnico 112/2028: 80-column text, enscript Courier 10, ps2pdf
python3 "$SRC/c1_det_tecnica_chiaramonti.py" "$T/c1.txt"
enscript -q -B -f Courier10 --margins=62:40:48:40 -M A4 --encoding=latin1 \
  --title="Determinazione n. 112 del 14/06/2028" -p "$T/c1.ps" "$T/c1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c1.ps" "$OUT/determinazione-tecnica-chiaramonti-sipal.pdf"
# C2 Giunta 61/2028: plain troff, groff -Tps, ps2pdf
groff -k -Tps -P-pa4 "$SRC/c2_giunta_chiaramonti.tr" > "$T/c2.ps"
ps2pdf -sPAPERSIZE=a4 "$T/c2.ps" "$OUT/deliberazione-giunta-chiaramonti-sipal.pdf"
# C3 determinazione Settore Amministrativo 118/2028: ReportLab model + typed overlay (pikepdf)
python3 "$SRC/c3_det_amministrativa_chiaramonti.py" "$OUT/determinazione-amministrativa-chiaramonti-sipal.pdf" "$T"
# C4 Consiglio 19/2028: 80-column text, a2ps with the subject as page header, ps2pdf
python3 "$SRC/c4_consiglio_chiaramonti.py" "$T/c4.txt"
a2ps -q -1 --portrait -l 80 --borders=no -M A4 --encoding=latin1 --title="Delibera C.C. n. 19 del 28/06/2028" \
  --header="APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI COMUNALI." \
  --center-title="" --left-title="" --right-title="" --left-footer="DELIBERAZIONE C.C. N. 19 DEL 28/06/2028" \
  --footer="" --right-footer='Pag. $p. di $p#' -o "$T/c4.ps" "$T/c4.txt"
ps2pdf -sPAPERSIZE=a4 "$T/c4.ps" "$OUT/deliberazione-consiglio-chiaramonti-sipal.pdf"

python3 "$SRC/stamp_dates.py" "$OUT"
python3 "$SRC/keys_make.py"
