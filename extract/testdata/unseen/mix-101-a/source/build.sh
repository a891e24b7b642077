#!/bin/sh
# Rebuilds the 12 PDFs of set mix-101-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf, groff (gropdf, tbl),
# enscript + ghostscript (ps2pdf), iconv, pdflatex (lmodern, microtype, fancyhdr).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/build-101a.XXXXXX)
export PYTHONDONTWRITEBYTECODE=1
LO="-env:UserInstallation=file:///tmp/lo-101a"
# --- Comune di Poggio San Vicino (MC)
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_poggio_delib.html" --outdir "$T" >/dev/null
mv "$T/d01_poggio_delib.pdf" "$OUT/deliberazione-poggiosanvicino-writer.pdf"
python3 "$SRC/d02_poggio_det.py" "$OUT/determinazione-poggiosanvicino-reportlab.pdf"
groff -Kutf8 -t -ms -Tpdf "$SRC/d03_poggio_ord.ms" > "$OUT/ordinanza-poggiosanvicino-groff.pdf"
python3 "$SRC/d04_poggio_avviso.py" "$T/avviso-poggiosanvicino-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-poggiosanvicino-word.docx" --outdir "$OUT" >/dev/null
# --- Comune di Monacilioni (CB)
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-101a --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-monacilioni-chromium.pdf" "$SRC/d05_monacilioni_delib.html" 2>/dev/null
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d06_monacilioni_det.html" "$OUT/determinazione-monacilioni-wkhtml.pdf" 2>/dev/null
python3 "$SRC/d07_monacilioni_decreto.py" "$OUT/decreto-monacilioni-fpdf.pdf"
cp "$SRC/d08_monacilioni_avviso.tex" "$T/avviso-monacilioni-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-monacilioni-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-monacilioni-latex.tex >/dev/null)
mv "$T/avviso-monacilioni-latex.pdf" "$OUT/"
# --- Comune di Guardia Lombardi (AV)
python3 "$SRC/d09_guardia_delib.py" "$OUT/deliberazione-guardialombardi-kibernetes.pdf"
python3 "$SRC/d10_guardia_det.py" "$OUT/determinazione-guardialombardi-kibernetes.pdf"
python3 "$SRC/d11_guardia_ord.py" "$OUT/ordinanza-guardialombardi-xobject.pdf"
iconv -f utf-8 -t latin1 "$SRC/d12_guardia_cert.txt" > "$T/d12.txt"
enscript -q -B -f Courier10 -M A4 --margins=54:40:40:30 -X latin1 -o "$T/d12.ps" "$T/d12.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d12.ps" "$OUT/certificato-guardialombardi-enscript.pdf"
rm -rf "$T" "$SRC/__pycache__"
