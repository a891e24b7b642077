#!/bin/sh
# Rebuilds the 12 PDFs of set mix-93-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), pdflatex (lmodern, microtype, fancyhdr), groff.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix93a-build.XXXXXX)
LO="-env:UserInstallation=file://$T/lo"
# 1 Erto e Casso: reportlab, one glyph per Tm/Tj
python3 "$SRC/d01_ertoecasso.py" "$OUT/avviso-ertoecasso-kibernetes.pdf"
# 2 Cimolais: fpdf2 (graduatoria provvisoria)
python3 "$SRC/d02_cimolais.py" "$OUT/avviso-cimolais-halley.pdf"
# 3 Andreis: HTML opened as a Writer document, exported by LibreOffice (graduatoria definitiva, merged cells)
cp "$SRC/d03_andreis.html" "$T/avviso-andreis-writer.html"
soffice "$LO" --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/avviso-andreis-writer.html" --outdir "$OUT" >/dev/null
# 4 Barcis: headless Chromium (avviso di aggiudicazione)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/avviso-barcis-chromium.pdf" "$SRC/d04_barcis.html" 2>/dev/null
# 5 Revine Lago: wkhtmltopdf (bando di gara)
wkhtmltopdf -q --zoom 1.3 -s A4 -T 15mm -B 15mm -L 15mm -R 15mm "$SRC/d05_revinelago.html" "$OUT/bando-revinelago-wkhtml.pdf"
# 6 Fregona: pdfLaTeX (avviso d'asta, letter-spaced heading)
cp "$SRC/d06_fregona.tex" "$T/avviso-fregona-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-fregona-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-fregona-latex.tex >/dev/null)
mv "$T/avviso-fregona-latex.pdf" "$OUT/"
# 7 Tarzo: 80-column text, enscript -> PostScript -> ps2pdf (deposito variante)
enscript -q -B -f Courier10 -M A4 --margins=60:40:36:36 -X latin1 -o "$T/d07.ps" "$SRC/d07_tarzo.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/avviso-tarzo-enscript.pdf"
# 8 Trambileno: groff -ms -Tpdf (assemblea pubblica)
groff -ms -Kutf8 -Tpdf "$SRC/d08_trambileno.ms" > "$OUT/avviso-trambileno-groff.pdf"
# 9 Sagron Mis: reportlab, two columns, Tw/Tc, right column drawn first
python3 "$SRC/d09_sagronmis.py" "$OUT/avviso-sagronmis-reportlab.pdf"
# 10 Frassilongo: reportlab, Form XObjects, rotated stamp, out-of-order drawing
python3 "$SRC/d10_frassilongo.py" "$OUT/avviso-frassilongo-formx.pdf"
# 11 Ronzo-Chienis: fpdf2 Courier form (attestazione di pubblicazione)
python3 "$SRC/d11_ronzochienis.py" "$OUT/attestazione-ronzochienis-civilia.pdf"
# 12 Frisanco: python-docx -> LibreOffice (header/footer on every page)
python3 "$SRC/d12_frisanco.py" "$T/avviso-frisanco-word.docx"
soffice "$LO" --headless --convert-to pdf "$T/avviso-frisanco-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
