#!/bin/sh
# Rebuilds the 12 PDFs of set mix-91-a into the parent directory (OUTDIR).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix91a-build.XXXX)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file:///tmp/lo-91a"
enscript -B -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 -o "$T/d01.ps" "$SRC/d01_siliqua.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d01.ps" "$OUT/determinazione-siliqua-halley.pdf"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d02_caltavuturo.html" --outdir "$T" >/dev/null
mv "$T/d02_caltavuturo.pdf" "$OUT/determinazione-caltavuturo-writer.pdf"
python3 "$SRC/d03_mandas.py" "$OUT/determinazione-mandas-halleyglyph.pdf"
cp "$SRC/d04_butera.tex" "$T/o.tex"; (cd "$T" && pdflatex -interaction=nonstopmode o.tex >/dev/null); mv "$T/o.pdf" "$OUT/ordinanza-butera-latex.pdf"
chromium --headless --no-sandbox --disable-gpu --user-data-dir=/tmp/chr-91a --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-marianopoli-chromium.pdf" "$SRC/d05_marianopoli.html" 2>/dev/null
wkhtmltopdf -q --zoom 1.3 -s A4 "$SRC/d06_gairo.html" "$OUT/determinazione-gairo-wkhtml.pdf"
python3 "$SRC/d07_buscemi.py" "$OUT/determinazione-buscemi-reportlab.pdf"
groff -ms -Tpdf -Kutf8 "$SRC/d08_sommatino.ms" > "$OUT/determinazione-sommatino-groff.pdf"
python3 "$SRC/d09_villamar.py" "$OUT/decreto-villamar-xobject.pdf"
python3 "$SRC/d10_assoro.py" "$OUT/ordinanza-assoro-fpdf.pdf"
python3 "$SRC/d11_perdasdefogu.py" "$T/attestazione-perdasdefogu-word.docx"
soffice $LO --headless --convert-to pdf "$T/attestazione-perdasdefogu-word.docx" --outdir "$OUT" >/dev/null
python3 "$SRC/d12_nuraminis.py" "$T/allegato-nuraminis-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/allegato-nuraminis-calc.xlsx" --outdir "$OUT" >/dev/null
rm -rf "$T"
