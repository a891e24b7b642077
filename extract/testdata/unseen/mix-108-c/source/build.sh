#!/bin/sh
# Rebuilds the twelve PDFs of mix-108-c into the set folder (the parent of source/).
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), LibreOffice, chromium,
# wkhtmltopdf, pdflatex (tex-gyre, fancyhdr, lastpage, enumitem), groff + ghostscript,
# enscript. No test runs it.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
T=$(mktemp -d)
LO=$(mktemp -d)
CH=$(mktemp -d)
trap 'rm -rf "$T" "$LO" "$CH"' EXIT
cd "$T"

# 1 Unione Reno Galliera - Giunta (python-docx -> LibreOffice Writer)
python3 "$SRC/d01_renogalliera_docx.py" "$T/deliberazione-renogalliera-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$T" \
    "$T/deliberazione-renogalliera-sicraweb.docx" >/dev/null 2>&1
cp "$T/deliberazione-renogalliera-sicraweb.pdf" "$OUT/"

# 2 Consorzio di Bonifica della Romagna - decreto del Presidente (ReportLab, Tw/Tc)
python3 "$SRC/d02_bonificaromagna_reportlab.py" "$OUT/decreto-bonificaromagna-urbi.pdf"

# 3 Azienda USL di Bologna - determinazione U.O.C. (Chromium)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$CH" --no-pdf-header-footer \
    --print-to-pdf="$OUT/determinazione-auslbologna-babel.pdf" "$SRC/d03_auslbologna.html" >/dev/null 2>&1

# 4 Provincia di Forli'-Cesena - determinazione dirigenziale (pdfLaTeX, two runs for LastPage)
cp "$SRC/d04_provinciaforlicesena.tex" "$T/d04.tex"
pdflatex -interaction=nonstopmode d04.tex >/dev/null
pdflatex -interaction=nonstopmode d04.tex >/dev/null
cp "$T/d04.pdf" "$OUT/determinazione-provinciaforlicesena-iride.pdf"

# 5, 6 Unione dei Comuni Citta' Telesina - Giunta and determinazione (fpdf2)
python3 "$SRC/d05_d06_cittatelesina_fpdf.py" "$OUT/deliberazione-cittatelesina-halley.pdf" \
    "$OUT/determinazione-cittatelesina-halley.pdf"

# 7 Comunita' Montana Terminio Cervialto - Giunta Esecutiva (pikepdf, hand-written streams)
python3 "$SRC/d07_cmterminiocervialto_pikepdf.py" "$OUT/deliberazione-cmterminiocervialto-hypersic.pdf"

# 8 ASL Salerno - determina U.O.C. (flat ODF -> LibreOffice Writer)
python3 "$SRC/d08_aslsalerno_fodt.py" "$T/determinazione-aslsalerno-adweb.fodt"
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$T" \
    "$T/determinazione-aslsalerno-adweb.fodt" >/dev/null 2>&1
cp "$T/determinazione-aslsalerno-adweb.pdf" "$OUT/"

# 9 Unione dei Comuni del Gerrei - determinazione, 80-column report (enscript -> ps2pdf)
enscript -q -M A4 -f Courier10 -F Courier-Bold9 --margins=56:40:30:36 \
    -b 'UNIONE DEI COMUNI DEL GERREI|Det. R.G. N. 311 del 23/07/2026|Pag. $% di $=' \
    -t "Det. R.G. 311/2026" -p "$T/d09.ps" "$SRC/d09_gerrei.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/determinazione-gerrei-sipal.pdf"

# 10 Consorzio di Bonifica del Basso Sulcis - Comitato Esecutivo (ReportLab, glyphs placed alone)
python3 "$SRC/d10_bonificabassosulcis_glyphs.py" "$OUT/deliberazione-bonificabassosulcis-civilia.pdf"

# 11 ASL n. 6 del Medio Campidano - determinazione U.O.C. (wkhtmltopdf)
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 14mm -R 14mm --title "Determinazione n. 612 del 24/07/2026" \
    "$SRC/d11_aslmediocampidano.html" "$OUT/determinazione-aslmediocampidano-sisar.pdf" 2>/dev/null

# 12 Provincia del Nord-Est Sardegna - decreto del Presidente (groff -Tps -> ps2pdf)
groff -k -Tps -P-pa4 "$SRC/d12_provincianordestsardegna.tr" > "$T/d12.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d12.ps" "$OUT/decreto-provincianordestsardegna-zuddas.pdf"

ls -l "$OUT"/*.pdf
