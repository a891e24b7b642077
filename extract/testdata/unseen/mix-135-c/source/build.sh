#!/bin/sh
# Rebuilds the twelve PDFs of set mix-135-c from the scripts in this folder.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), pdflatex, chromium,
# LibreOffice, wkhtmltopdf, groff, enscript, a2ps, ghostscript, poppler-utils.
# No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$SRC"

# ---- Comune di Verucchio: house style "J-Ente" -------------------------
# V1 ReportLab Platypus (Tw justification, running head and foot)
python3 ver_rl.py V1 "$OUT/determinazione-verucchio-jente-612.pdf"
# V2 pdfLaTeX (letter-spaced headings, fancyhdr running head)
python3 ver_tex.py V2 "$TMP/v2.tex"
( cd "$TMP" && pdflatex -interaction=nonstopmode v2.tex >/dev/null \
             && pdflatex -interaction=nonstopmode v2.tex >/dev/null )
cp "$TMP/v2.pdf" "$OUT/determinazione-verucchio-jente-618.pdf"
# V3 headless Chromium (running head and foot as thead/tfoot)
python3 ver_html.py V3 "$TMP/v3.html"
mkdir -p "$TMP/chrome"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chrome" \
  --no-pdf-header-footer --print-to-pdf="$OUT/decreto-verucchio-jente-esproprio.pdf" \
  "file://$TMP/v3.html" 2>/dev/null
# V4 ReportLab, then "printed to PDF" through PostScript and Ghostscript
python3 ver_rl.py V4 "$TMP/v4-rl.pdf"
pdftops -level3 "$TMP/v4-rl.pdf" "$TMP/v4.ps"
ps2pdf -dPDFSETTINGS=/ebook "$TMP/v4.ps" "$OUT/determinazione-verucchio-jente-633.pdf"

# ---- Comune di Borgorose: house style "Cedaf" 80-column report ----------
# B1 enscript (Courier report, running head with the number) + ps2pdf
python3 bor_text.py B1 "$TMP/b1.txt"
enscript -q -X latin1 -M A4 -f Courier@9.6 -F Courier@8 --margins=56:40:30:30 \
  -b 'Comune di Borgorose - Determinazione R.G. n. 781 del 10/11/2028||Pag. $% di $=' \
  -p "$TMP/b1.ps" "$TMP/b1.txt"
ps2pdf "$TMP/b1.ps" "$OUT/determinazione-borgorose-cedaf-781.pdf"
# B2 a2ps + ps2pdf
python3 bor_text.py B2 "$TMP/b2.txt"
a2ps -q -1 -R --medium=A4 --borders=no --chars-per-line=82 --encoding=latin1 \
  --header='Comune di Borgorose' --center-title='Determinazione R.G. n. 796 del 15/11/2028' \
  --left-title='' --right-title='Pag. $p./$p>' --left-footer='' --footer='' --right-footer='' \
  --pretty-print=plain -o "$TMP/b2.ps" "$TMP/b2.txt"
ps2pdf "$TMP/b2.ps" "$OUT/determinazione-borgorose-cedaf-796.pdf"
# B3 fpdf2, glyph by glyph, numbers written over underscore blanks
python3 bor_fpdf.py B3 "$OUT/determinazione-borgorose-cedaf-812.pdf"
# B4 plain troff through groff -Tps and ps2pdf
python3 bor_groff.py B4 "$TMP/b4.tr"
groff -Tps -dpaper=a4 -P-pa4 -Kiso-8859-1 "$TMP/b4.tr" > "$TMP/b4.ps"
ps2pdf -sPAPERSIZE=a4 "$TMP/b4.ps" "$OUT/decreto-borgorose-cedaf-occupazione.pdf"

# ---- Comune di San Sperate: house style "Sipal" --------------------------
# S1 .docx written by python-docx, exported by LibreOffice Writer
python3 ssp_docx.py S1 "$TMP/s1.docx"
( cd "$TMP" && soffice --headless -env:UserInstallation=file:///tmp/lo-mix-135-c \
    --convert-to pdf s1.docx >/dev/null 2>&1 )
cp "$TMP/s1.pdf" "$OUT/determinazione-sansperate-sipal-1043.pdf"
# S2 HTML through wkhtmltopdf
python3 ssp_html.py S2 "$TMP/s2.html"
wkhtmltopdf -q --page-size A4 -T 14mm -B 12mm -L 20mm -R 20mm \
  --title "Determinazione n. 1051 del 20/11/2028" "$TMP/s2.html" \
  "$OUT/determinazione-sansperate-sipal-1051.pdf" 2>/dev/null
# S3 raw content streams with pikepdf (glyphs alone, Form XObjects last, rotated stamp)
python3 ssp_stream.py S3 "$OUT/decreto-sansperate-sipal-asservimento.pdf"
# S4 ReportLab canvas (Tw and Tc)
python3 ssp_rl.py S4 "$OUT/determinazione-sansperate-sipal-1070.pdf"

ls -l "$OUT"/*.pdf
