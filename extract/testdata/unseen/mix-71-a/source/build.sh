#!/bin/sh
# Rebuilds the 12 PDFs of set mix-71-a into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx), LibreOffice, Chromium, wkhtmltopdf, pdfLaTeX (lmodern, microtype,
# fancyhdr, eurosym), groff (gropdf, tbl), enscript + Ghostscript (ps2pdf), iconv.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix71a-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
export PYTHONPATH="$SRC" PYTHONDONTWRITEBYTECODE=1
G="python3 $SRC/gen.py"
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
CH="chromium --headless --no-sandbox --disable-gpu --user-data-dir=$T/chromium --no-pdf-header-footer"
# 1 Buti: ReportLab, one glyph per text object, values column drawn before the labels
$G buti "$OUT/determinazione-buti-halley.pdf"
# 2 San Gimignano: python-docx -> LibreOffice Writer (Direzione / Servizio, running head and foot)
$G sangimignano "$T/determinazione-sangimignano-word.docx"
$LO --convert-to pdf "$T/determinazione-sangimignano-word.docx" --outdir "$OUT" >/dev/null 2>&1
# 3 Castiglion Fibocchi: HTML, headless Chromium (number and date cells under their labels)
$G castiglionfibocchi "$T/d03.html"
$CH --print-to-pdf="$OUT/determinazione-castiglionfibocchi-chromium.pdf" "file://$T/d03.html" 2>/dev/null
# 4 Zuccarello: groff -ms + tbl (number only on the signature page)
$G zuccarello "$T/d04.ms"
groff -k -t -ms -Tpdf -P-pa4 "$T/d04.ms" > "$OUT/determinazione-zuccarello-groff.pdf"
# 5 Mioglia: 84-column Courier text, enscript -> PostScript -> ps2pdf
$G mioglia "$T/d05u.txt"; iconv -f UTF-8 -t LATIN1 "$T/d05u.txt" > "$T/d05.txt"
enscript -q -B -f Courier9.5 -M A4 --margins=50:40:40:40 -X latin1 -o "$T/d05.ps" "$T/d05.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/determinazione-mioglia-enscript.pdf"
# 6 Castelnuovo di Porto: wkhtmltopdf (letterhead band + right-hand register box)
$G castelnuovodiporto "$T/d06.html"
wkhtmltopdf -q --zoom 1.3 -s A4 -T 14mm -B 16mm -L 16mm -R 16mm --footer-right "Pag. [page]/[topage]" --footer-font-size 7 \
  "$T/d06.html" "$OUT/determinazione-castelnuovodiporto-wkhtml.pdf" 2>/dev/null
# 7 Canale Monterano: pdfLaTeX decreto with a label grid
$G canalemonterano "$T/decreto-canalemonterano-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode decreto-canalemonterano-latex.tex >/dev/null) && mv "$T/decreto-canalemonterano-latex.pdf" "$OUT/"
# 8 Ostra Vetere: fpdf2, DejaVu Sans Condensed as Identity-H CID fonts, register box on every page
$G ostravetere "$OUT/determinazione-ostravetere-fpdf.pdf"
# 9 Unione Terre dell'Olio e del Sagrantino: ReportLab, Form XObjects, Tw/Tc, rotated stamp, body drawn first
$G sagrantino "$OUT/decreto-sagrantino-kibernetes.pdf"
# 10 Nocciano: python-docx table with merged cells -> LibreOffice Writer
$G nocciano "$T/determinazione-nocciano-word.docx"
$LO --convert-to pdf "$T/determinazione-nocciano-word.docx" --outdir "$OUT" >/dev/null 2>&1
# 11 Ripa Teatina: HTML (CSS grid), headless Chromium
$G ripateatina "$T/d11.html"
$CH --print-to-pdf="$OUT/determinazione-ripateatina-sicraweb.pdf" "file://$T/d11.html" 2>/dev/null
# 12 Bolognano: hand-written PostScript (Helvetica ISO Latin-1, ashow letter-spacing) -> ps2pdf
$G bolognano "$T/d12.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d12.ps" "$OUT/decreto-bolognano-postscript.pdf"
ls "$OUT"/*.pdf | wc -l
