#!/bin/sh
# Rebuilds the 12 PDFs of set mix-94-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix94a-build.XXXXXX)
LO="-env:UserInstallation=file:///tmp/lo-94a"
# 1 Vagli Sotto: reportlab, one glyph per Tm/Tj (avviso pubblico numbered)
python3 "$SRC/d01_vaglisotto.py" "$OUT/avviso-vaglisotto-kibernetes.pdf"
# 2 Pietraroja: fpdf2 (graduatoria provvisoria)
python3 "$SRC/d02_pietraroja.py" "$OUT/avviso-pietraroja-halley.pdf"
# 3 Longone Sabino: HTML opened as a Writer document, exported by LibreOffice (closure of offices, merged cells)
cp "$SRC/d03_longonesabino.html" "$T/avviso-longonesabino-writer.html"
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-longonesabino-writer.html" --outdir "$OUT" >/dev/null
# 4 Castelpagano: headless Chromium (avviso di aggiudicazione)
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-94a --no-pdf-header-footer --print-to-pdf="$OUT/avviso-castelpagano-chromium.pdf" "$SRC/d04_castelpagano.html" 2>/dev/null
# 5 Acquafondata: wkhtmltopdf (avviso pubblico, number in a label grid)
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d05_acquafondata.html" "$OUT/avviso-acquafondata-wkhtml.pdf"
# 6 Montemignaio: pdfLaTeX (avviso d'asta, letter-spaced heading)
cp "$SRC/d06_montemignaio.tex" "$T/avviso-montemignaio-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-montemignaio-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-montemignaio-latex.tex >/dev/null)
mv "$T/avviso-montemignaio-latex.pdf" "$OUT/"
# 7 Onano: 80-column text, enscript -> PostScript -> ps2pdf (IMU deadline, title in capitals)
enscript -q -B -f Courier10 -M A4 --margins=60:40:36:36 -X latin1 -o "$T/d07.ps" "$SRC/d07_onano.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/avviso-onano-enscript.pdf"
# 8 Corleto Monforte: groff -ms -Tpdf (headed by the issuer's title IL SINDACO)
groff -ms -Kutf8 -Tpdf "$SRC/d08_corletomonforte.ms" > "$OUT/avviso-corletomonforte-groff.pdf"
# 9 Camerata Nuova: reportlab, two columns, Tw/Tc, right column drawn first (manifestazione di interesse)
python3 "$SRC/d09_cameratanuova.py" "$OUT/avviso-cameratanuova-reportlab.pdf"
# 10 Zungoli: reportlab, Form XObjects, rotated stamp, out-of-order drawing
python3 "$SRC/d10_zungoli.py" "$OUT/avviso-zungoli-formx.pdf"
# 11 Podenzana: fpdf2 Courier form (certificato di pubblicazione)
python3 "$SRC/d11_podenzana.py" "$OUT/attestazione-podenzana-civilia.pdf"
# 12 Molazzana: python-docx -> LibreOffice (header/footer on every page, graduatoria definitiva)
python3 "$SRC/d12_molazzana.py" "$T/avviso-molazzana-word.docx"
soffice "$LO" --headless --convert-to pdf "$T/avviso-molazzana-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
