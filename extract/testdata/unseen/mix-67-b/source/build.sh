#!/bin/sh
# Rebuilds the 12 PDFs of set mix-67-b into the parent directory (OUTDIR), then keys.json.
# Needs: groff (gropdf, tbl), LibreOffice (Writer, Calc), JDK 17 + OpenPDF 1.3.30 and PDFBox 3.0.3 in ~/.m2,
# wkhtmltopdf, pdflatex (lmodern, microtype, fancyhdr, tabularx), python3 (openpyxl, reportlab, fpdf2,
# python-docx), enscript + ghostscript (ps2pdf), chromium, poppler-utils (pdftotext, for keys_make.py).
# Intermediates go to a private temp dir; LibreOffice and Chromium get private profiles there.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
T=$(mktemp -d /tmp/mix67b-build.XXXXXX); trap 'rm -rf "$T"' EXIT
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8      # Calc prints 1.234,56
# 1 Vermiglio: relata di notifica, groff -ms + tbl through gropdf
groff -k -t -ms -Tpdf "$SRC/d01_vermiglio.ms" > "$OUT/relata-vermiglio-groff.pdf"
# 2 Santa Fiora: certificato di esecutivita', flat ODF (merged table cells) exported by Writer
cp "$SRC/d02_santafiora.fodt" "$T/certificato-santafiora-writer.fodt"
$LO --convert-to pdf:writer_pdf_Export --outdir "$OUT" "$T/certificato-santafiora-writer.fodt" >/dev/null 2>&1
# 3 Mattinata: attestazione di pubblicazione, Java + OpenPDF
sh "$SRC/d03/build.sh" "$OUT/attestazione-mattinata-openpdf.pdf" "$T"
# 4 Soncino: visto di regolarita' contabile, wkhtmltopdf
wkhtmltopdf -q -s A4 -T 14mm -B 14mm -L 16mm -R 15mm "$SRC/d04_soncino.html" "$OUT/visto-soncino-wkhtml.pdf" 2>/dev/null
# 5 Comano Terme: parere di regolarita' tecnica, pdfLaTeX
cp "$SRC/d05_comanoterme.tex" "$T/parere-comanoterme-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode parere-comanoterme-latex.tex >/dev/null && pdflatex -interaction=nonstopmode parere-comanoterme-latex.tex >/dev/null)
mv "$T/parere-comanoterme-latex.pdf" "$OUT/"
# 6 Capoliveri: allegato (quadro economico), openpyxl .xlsx printed by Calc
python3 "$SRC/d06_capoliveri.py" "$T/allegato-capoliveri-calc.xlsx"
$LO --convert-to pdf --outdir "$OUT" "$T/allegato-capoliveri-calc.xlsx" >/dev/null 2>&1
# 7 Benetutti: allegato (beneficiaries), 132-column report, enscript landscape + ps2pdf
python3 "$SRC/d07_benetutti.py" "$T/d07.txt"
enscript -q -B -r -f Courier9 -M A4 --margins=40:36:34:30 -X latin1 -o "$T/d07.ps" "$T/d07.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d07.ps" "$OUT/allegato-benetutti-enscript.pdf"
# 8 Acquasanta Terme: estratto of a Giunta deliberation, ReportLab with Tw/Tc
python3 "$SRC/d08_acquasantaterme.py" "$OUT/estratto-acquasantaterme-reportlab.pdf"
# 9 Bienno: determinazione with copia conforme stamp, Java + PDFBox
sh "$SRC/d09/build.sh" "$OUT/determinazione-bienno-pdfbox.pdf" "$T"
# 10 Fordongianus: ordinanza, fpdf2
python3 "$SRC/d10_fordongianus.py" "$OUT/ordinanza-fordongianus-fpdf.pdf"
# 11 Mercatello sul Metauro: decreto, python-docx -> LibreOffice
python3 "$SRC/d11_mercatello.py" "$T/decreto-mercatellosulmetauro-word.docx"
$LO --convert-to pdf --outdir "$OUT" "$T/decreto-mercatellosulmetauro-word.docx" >/dev/null 2>&1
# 12 San Vito dei Normanni: avviso pubblico n. 3/2026, headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chromium" \
  --print-to-pdf="$OUT/avviso-sanvitodeinormanni-chromium.pdf" "$SRC/d12_sanvito.html" >/dev/null 2>&1
# keys
python3 "$SRC/keys_make.py"
