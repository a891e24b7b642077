#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR).
# Needs: python3 (reportlab, python-docx, openpyxl, fpdf2), LibreOffice 7.4, chromium, wkhtmltopdf, groff (gropdf),
# enscript + Ghostscript, pdflatex (multirow, fancyhdr, mathptmx). Intermediates go to a temp dir outside OUTDIR.
# LibreOffice runs with a private profile (/tmp/lo-98b), Chromium with /tmp/chr-98b.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S"); T=$(mktemp -d)
LO="soffice -env:UserInstallation=file:///tmp/lo-98b --headless"
python3 "$S/d01_lamamocogno_reportlab.py" "$O/delibera-lamamocogno-reportlab.pdf"
python3 "$S/d02_carpineti_docx.py" "$T/delibera_gc_27_2026.docx"
$LO --convert-to pdf --outdir "$T" "$T/delibera_gc_27_2026.docx" >/dev/null 2>&1
mv "$T/delibera_gc_27_2026.pdf" "$O/delibera-carpineti-writer.pdf"
sh "$S/d03/build.sh" "$O/delibera-casalfiumanese-chromium.pdf"
sh "$S/d04/build.sh" "$O/delibera-rufina-latex.pdf"
sh "$S/d05/build.sh" "$O/delibera-montaione-wkhtml.pdf"
sh "$S/d06/build.sh" "$O/delibera-tredozio-groff.pdf"
python3 "$S/d07_subbiano_fpdf2.py" "$O/determina-subbiano-fpdf.pdf"
sh "$S/d08/build.sh" "$O/ordinanza-gemmano-enscript.pdf"
python3 "$S/d09_provinciaterni_rawpdf.py" "$O/decreto-provinciaterni-attiweb.pdf"
sh "$S/d10/build.sh" "$O/attestazione-buonconvento-writer.pdf"
python3 "$S/d11_bucine_xlsx.py" "$T/tariffe_servizi_scolastici_2026.xlsx"
(cd "$T" && LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 $LO --convert-to pdf --outdir "$T" "$T/tariffe_servizi_scolastici_2026.xlsx" >/dev/null 2>&1)
mv "$T/tariffe_servizi_scolastici_2026.pdf" "$O/allegato-bucine-calc.pdf"
sh "$S/d12/build.sh" "$O/avviso-arpaumbria-chromium.pdf"
rm -rf "$T"
