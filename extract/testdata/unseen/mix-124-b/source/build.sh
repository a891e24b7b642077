#!/bin/bash
# Rebuilds the twelve PDFs of mix-124-b into the set folder (one level up).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice,
# pdflatex (microtype, fancyhdr, lastpage, enumitem), groff-base,
# enscript, a2ps, ghostscript (ps2pdf), chromium, wkhtmltopdf.
# No test runs it.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
CHR="$(mktemp -d)"
trap 'rm -rf "$T" "$CHR"' EXIT
LO="-env:UserInstallation=file:///tmp/lo-mix-124-b"

# --- Pontestura (AL), house style "csipiemonte" -------------------------
# 1. avviso typed in the Word model, exported by LibreOffice Writer
python3 "$SRC/p1_avviso_pontestura_docx.py" "$T/avviso-pontestura-csipiemonte.docx"
soffice --headless "$LO" --convert-to pdf --outdir "$T" "$T/avviso-pontestura-csipiemonte.docx" >/dev/null 2>&1
cp "$T/avviso-pontestura-csipiemonte.pdf" "$OUT/"

# 2. bando typeset by pdfLaTeX (two runs for LastPage)
cp "$SRC/p2_bando_pontestura.tex" "$T/bando-pontestura-csipiemonte.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode bando-pontestura-csipiemonte.tex >/dev/null; done)
cp "$T/bando-pontestura-csipiemonte.pdf" "$OUT/"

# 3. esito in plain troff -> PostScript -> ps2pdf
groff -k -Tps -P-pa4 "$SRC/p3_esito_pontestura.tr" > "$T/p3.ps"
ps2pdf -sPAPERSIZE=a4 "$T/p3.ps" "$OUT/esito-pontestura-csipiemonte.pdf"

# 4. avviso n. 14 as an 80-column Courier report through enscript
iconv -f utf-8 -t latin1 "$SRC/p4_avviso_pontestura_posteggi.txt" > "$T/p4.txt"
enscript -q -X latin1 -f Courier@10 -F Courier@8 -M A4 -L 52 --margins=56:40:30:40 \
  -b 'COMUNE DI PONTESTURA - AVVISO N. 14/2027||Pag. $% di $=' -p "$T/p4.ps" "$T/p4.txt"
ps2pdf -sPAPERSIZE=a4 "$T/p4.ps" "$OUT/avviso-pontestura-csipiemonte-posteggi.pdf"

# --- Castel San Giorgio (SA), house style "asmenet" ---------------------
# 5. bando di gara printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHR" --no-pdf-header-footer \
  --print-to-pdf="$OUT/bando-castelsangiorgio-asmenet.pdf" "file://$SRC/c1_bando_castelsangiorgio.html" >/dev/null 2>&1

# 6. esito di gara printed by wkhtmltopdf, rotated Albo stamp
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 16mm -L 18mm -R 18mm --enable-local-file-access \
  "$SRC/c2_esito_castelsangiorgio.html" "$OUT/esito-castelsangiorgio-asmenet.pdf" >/dev/null 2>&1

# 7. avviso n. 32: ReportLab, glyphs placed one by one, Form XObjects drawn last
python3 "$SRC/c3_avviso_castelsangiorgio_rl.py" "$OUT/avviso-castelsangiorgio-asmenet.pdf"

# 8. esito della selezione: fpdf2, Tw justification, two-column roll
python3 "$SRC/c4_esito_castelsangiorgio_fpdf.py" "$OUT/esito-castelsangiorgio-asmenet-mobilita.pdf"

# --- Settimo San Pietro (CA), house style "sipal" -----------------------
# 9. avviso n. 18: hand-written content streams assembled with pikepdf
python3 "$SRC/s1_avviso_settimosanpietro_raw.py" "$OUT/avviso-settimosanpietro-sipal.pdf"

# 10. bando n. 6: module filled over underscores (ReportLab)
python3 "$SRC/s2_bando_settimosanpietro_form.py" "$OUT/bando-settimosanpietro-sipal.pdf"

# 11. esito as an 80-column Courier report through a2ps
iconv -f utf-8 -t latin1 "$SRC/s3_esito_settimosanpietro_report.txt" > "$T/s3.txt"
a2ps -q -X latin1 -1 -R --medium=A4 --chars-per-line=80 --borders=no -B \
  --footer="Comune di Settimo San Pietro - Avviso sui risultati - Prot. 19880/2027" \
  -o "$T/s3.ps" "$T/s3.txt"
ps2pdf -sPAPERSIZE=a4 "$T/s3.ps" "$OUT/esito-settimosanpietro-sipal.pdf"

# 12. esito borse di studio: flat ODF exported by LibreOffice Writer
python3 "$SRC/s4_esito_settimosanpietro_fodt.py" "$T/esito-settimosanpietro-sipal-borse.fodt"
soffice --headless "$LO" --convert-to pdf --outdir "$T" "$T/esito-settimosanpietro-sipal-borse.fodt" >/dev/null 2>&1
cp "$T/esito-settimosanpietro-sipal-borse.pdf" "$OUT/"

ls -l "$OUT"/*.pdf
