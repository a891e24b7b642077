#!/bin/sh
# Rebuilds the 12 PDFs of set mix-72-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, Chromium, wkhtmltopdf,
# pdfLaTeX (lmodern, microtype, fancyhdr, eurosym), groff (gropdf, tbl), enscript + Ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix72a-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export PYTHONPATH="$SRC" PYTHONDONTWRITEBYTECODE=1 LANG=it_IT.UTF-8
G="python3 $SRC/gen.py"
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
CH="chromium --headless --no-sandbox --disable-gpu --user-data-dir=$T/chromium --no-pdf-header-footer"
# Pianoro: ReportLab (Form XObjects, Tw justification, rotated stamp, header drawn after the body; glyph by glyph)
$G pianoro_del "$OUT/deliberazione-pianoro-kibernetes.pdf"
$G pianoro_det "$OUT/determinazione-pianoro-kibernetes.pdf"
# Pianoro certificate: fpdf2 with DejaVu as Identity-H CID fonts
$G pianoro_cert "$OUT/attestazione-pianoro-fpdf.pdf"
# Valsamoggia: python-docx -> LibreOffice Writer (running head/foot, merged cells); openpyxl -> LibreOffice Calc
$G valsa_del "$T/deliberazione-valsamoggia-writer.docx"
$G valsa_det "$T/determinazione-valsamoggia-writer.docx"
$G valsa_all "$T/allegato-valsamoggia-calc.xlsx"
$LO --convert-to pdf "$T/deliberazione-valsamoggia-writer.docx" "$T/determinazione-valsamoggia-writer.docx" "$T/allegato-valsamoggia-calc.xlsx" --outdir "$OUT" >/dev/null 2>&1
# Agliana: HTML printed by headless Chromium (CSS grid, two columns) and by wkhtmltopdf
$G agliana_ord "$T/ord.html"; $CH --print-to-pdf="$OUT/ordinanza-agliana-chromium.pdf" "file://$T/ord.html" 2>/dev/null
$G agliana_det "$T/det.html"; $CH --print-to-pdf="$OUT/determinazione-agliana-chromium.pdf" "file://$T/det.html" 2>/dev/null
$G agliana_avv "$T/avv.html"
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm --footer-right "Pag. [page] di [topage]" --footer-font-size 7 "$T/avv.html" "$OUT/avviso-agliana-wkhtml.pdf" 2>/dev/null || test -s "$OUT/avviso-agliana-wkhtml.pdf"
# Terre Roveresche: pdfLaTeX decreto, groff -ms + tbl determinazione, enscript Courier delibera
$G tr_dec "$T/decreto-terreroveresche-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-terreroveresche-latex.tex >/dev/null) && mv "$T/decreto-terreroveresche-latex.pdf" "$OUT/"
$G tr_det "$T/det.ms"; groff -k -t -ms -Tpdf -P-pa4 "$T/det.ms" > "$OUT/determinazione-terreroveresche-groff.pdf"
$G tr_del "$T/del.txt"; iconv -f UTF-8 -t LATIN1 "$T/del.txt" > "$T/del1.txt"
enscript -q -B -f Courier10 -M A4 --margins=55:40:40:40 -X latin1 -o "$T/del.ps" "$T/del1.txt"
ps2pdf -sPAPERSIZE=a4 "$T/del.ps" "$OUT/deliberazione-terreroveresche-enscript.pdf"
ls "$OUT"/*.pdf | wc -l
