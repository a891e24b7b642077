#!/bin/bash
# Rebuilds the 12 PDFs of set mix-113-a into the set folder (the parent of
# this script's folder), then rewrites keys.json (source/keys_make.py).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), LibreOffice,
# pdflatex (lmodern, fancyhdr, tabularx, enumitem), groff-base + ghostscript,
# enscript, Debian chromium, wkhtmltopdf, poppler-utils.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT

# --- Comune di Avio (TN), house style "Civilia Next" ---
# 1. Giunta deliberation: .docx by python-docx, exported by LibreOffice Writer
python3 "$SRC/avio_delibera_docx.py" "$T/deliberazione-avio-civilianext.docx" "$T/crest.png"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-avio-civilianext.docx" >/dev/null 2>&1
cp "$T/deliberazione-avio-civilianext.pdf" "$OUT/"
# 2. determinazione: ReportLab (Tw justification, Tc letter-spacing)
python3 "$SRC/avio_determina_rl.py" "$OUT/determinazione-avio-civilianext.pdf"
# 3. ordinanza: pdfLaTeX
mkdir -p "$T/tex"
cp "$SRC/ordinanza-avio-civilianext.tex" "$T/tex/"
(cd "$T/tex" && pdflatex -interaction=nonstopmode ordinanza-avio-civilianext.tex >/dev/null \
  && pdflatex -interaction=nonstopmode ordinanza-avio-civilianext.tex >/dev/null)
cp "$T/tex/ordinanza-avio-civilianext.pdf" "$OUT/"
# 4. convocation: plain troff -> PostScript -> ps2pdf
groff -Tps -P-pa4 "$SRC/convocazione-avio-civilianext.tr" > "$T/conv.ps"
ps2pdf -sPAPERSIZE=a4 "$T/conv.ps" "$OUT/convocazione-avio-civilianext.pdf"

# --- Comune di Rivello (PZ), house style "Halley" ---
# 5. Consiglio deliberation: HTML printed by headless Chromium
U="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-rivello-halley.pdf" "file://$SRC/deliberazione-rivello-halley.html" 2>/dev/null
# 6. determinazione: 80-column Courier report through enscript and ps2pdf
iconv -f utf-8 -t latin1 "$SRC/determinazione-rivello-halley.txt" > "$T/det.txt"
enscript -q -M A4 -X latin1 -f Courier10 -F Courier8 --margins=54:40:30:30 \
  -b 'Comune di Rivello - Determinazione R.G. n. 9 del 13/01/2027||Pag. $% di $=' \
  -t 'DETERMINA R.G. 9/2027' -o "$T/det.ps" "$T/det.txt"
ps2pdf -sPAPERSIZE=a4 "$T/det.ps" "$OUT/determinazione-rivello-halley.pdf"
# 7. certificate of publication: fpdf2 form over underscores
python3 "$SRC/rivello_certificato_fpdf.py" "$OUT/certificato-rivello-halley.pdf"
# 8. decreto del Sindaco: wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm -L 16mm -R 16mm \
  "$SRC/decreto-rivello-halley.html" "$OUT/decreto-rivello-halley.pdf" 2>/dev/null

# --- Comune di Caprarola (VT), house style "Sicraweb" ---
# 9. Giunta deliberation: content streams by hand, pikepdf
python3 "$SRC/caprarola_delibera_raw.py" "$OUT/deliberazione-caprarola-sicraweb.pdf"
# 10. determinazione: fpdf2
python3 "$SRC/caprarola_determina_fpdf.py" "$OUT/determinazione-caprarola-sicraweb.pdf"
# 11. ordinanza: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf="$OUT/ordinanza-caprarola-sicraweb.pdf" "file://$SRC/ordinanza-caprarola-sicraweb.html" 2>/dev/null
rm -rf "$U"
# 12. avviso: ReportLab, Form XObject letterhead, rotated protocol stamp
python3 "$SRC/caprarola_avviso_rl.py" "$OUT/avviso-caprarola-sicraweb.pdf"

python3 "$SRC/keys_make.py"
