#!/bin/sh
# Rebuilds the 12 PDFs of set mix-89-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (lmodern, multicol, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix89b-build.XXXXXX)
LOPROF=${LOPROF:-file:///tmp/lo-89b}; CHRPROF=${CHRPROF:-/tmp/chr-89b}
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
# 1 Giugliano in Campania, Giunta: headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CHRPROF" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-giugliano-chromium.pdf" "file://$SRC/d01_giugliano.html" 2>/dev/null
# 2 Volturara Appula: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d02_volturara.html" "$T/deliberazione-volturaraappula-writer.html"
soffice -env:UserInstallation="$LOPROF" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/deliberazione-volturaraappula-writer.html" --outdir "$OUT" >/dev/null
# 3 Guagnano: reportlab, Tw justification, Tc headings
python3 "$SRC/d03_guagnano.py" "$OUT/deliberazione-guagnano-civilia.pdf"
# 4 Castel San Lorenzo: fpdf2, one minute with two items
python3 "$SRC/d04_castelsanlorenzo.py" "$OUT/deliberazione-castelsanlorenzo-halley.pdf"
# 5 Spongano: pdfLaTeX, roll in two columns (multicol)
cp "$SRC/d05_spongano.tex" "$T/deliberazione-spongano-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode deliberazione-spongano-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-spongano-latex.tex >/dev/null)
mv "$T/deliberazione-spongano-latex.pdf" "$OUT/"
# 6 Buccino: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_buccino.html" "$OUT/deliberazione-buccino-sicraweb.pdf"
# 7 Faggiano: 80-column Courier report, enscript + ghostscript
enscript -q -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d07.ps" "$SRC/d07_faggiano.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/determinazione-faggiano-enscript.pdf"
# 8 Binetto: reportlab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d08_binetto.py" "$OUT/attestazione-binetto-jiride.pdf"
# 9 Roccaforzata: openpyxl -> LibreOffice Calc
python3 "$SRC/d09_roccaforzata.py" "$T/allegato-roccaforzata-calc.xlsx"
soffice -env:UserInstallation="$LOPROF" --headless --convert-to pdf "$T/allegato-roccaforzata-calc.xlsx" --outdir "$OUT" >/dev/null
# 10 Chieuti: groff -ms -> PostScript -> ps2pdf
groff -ms -k -Tps -dpaper=a4 -P-pa4 "$SRC/d10_chieuti.ms" > "$T/d10.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/convocazione-chieuti-groff.pdf"
# 11 Seclì: reportlab, Form XObjects, out-of-order drawing, rotated stamp
python3 "$SRC/d11_secli.py" "$OUT/ordinanza-secli-reportlab.pdf"
# 12 Fontanarosa: python-docx -> LibreOffice
python3 "$SRC/d12_fontanarosa.py" "$T/avviso-fontanarosa-word.docx"
soffice -env:UserInstallation="$LOPROF" --headless --convert-to pdf "$T/avviso-fontanarosa-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
