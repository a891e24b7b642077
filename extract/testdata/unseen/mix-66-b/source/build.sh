#!/bin/sh
# Rebuilds the 12 PDFs of set mix-66-b into the parent directory (OUTDIR), then writes and checks keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice 7.4, chromium, wkhtmltopdf,
# groff (gropdf, tbl), enscript + ghostscript (ps2pdf), iconv, lualatex (texlive-luatex: fontspec,
# babel-italian, fancyhdr, lastpage, xcolor, tabularx, enumitem) with the Liberation fonts,
# Java 17 with OpenPDF 1.3.30 in ~/.m2 and PDFBox 1.8.16 from /usr/share/java (Debian libpdfbox-java).
# Intermediates go to a temporary directory that is removed at the end.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8          # Calc prints 1.234,56
LO="soffice -env:UserInstallation=file://$T/lo --headless"   # private profile: no clash with other soffice
OPENPDF="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
PDFBOX="/usr/share/java/pdfbox-1.8.16.jar:/usr/share/java/fontbox-1.8.16.jar:/usr/share/java/commons-logging.jar"

# 1 Ponte San Pietro: python-docx (Word model, letterhead and breadcrumb in the page header) -> LibreOffice
python3 "$SRC/d01_pontesanpietro.py" "$T/determinazione-pontesanpietro-word.docx"
$LO --convert-to pdf "$T/determinazione-pontesanpietro-word.docx" --outdir "$OUT" >/dev/null 2>&1
# 2 San Dona' di Piave: HTML label grid -> headless Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-sandonadipiave-chromium.pdf" "$SRC/d02_sandonadipiave.html" 2>/dev/null
# 3 Unione dei Comuni Citta' Caudina: OpenPDF, merged register cells, running head/foot page event
javac -encoding UTF-8 -d "$T" -cp "$OPENPDF" "$SRC/D03Caudina.java"
java -cp "$OPENPDF:$T" D03Caudina "$OUT/determinazione-cittacaudina-openpdf.pdf"
# 4 Maddaloni: ReportLab, one glyph per Tm, no space characters, written out of reading order, box last
python3 "$SRC/d04_maddaloni.py" "$OUT/determinazione-maddaloni-sfera.pdf"
# 5 Rizziconi: groff -ms with a tbl box (gropdf); date only in words
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d05_rizziconi.ms" > "$OUT/determinazione-rizziconi-groff.pdf"
# 6 Citta' metropolitana di Venezia: LuaLaTeX, Liberation fonts as CID (Identity-H), fancyhdr
cp "$SRC/d06_cmvenezia.tex" "$T/decreto-cmvenezia-lualatex.tex"
(cd "$T" && lualatex -interaction=nonstopmode decreto-cmvenezia-lualatex.tex >/dev/null && lualatex -interaction=nonstopmode decreto-cmvenezia-lualatex.tex >/dev/null)
mv "$T/decreto-cmvenezia-lualatex.pdf" "$OUT/"
# 7 Partanna: PDFBox 1.8, Tw/Tc, out of reading order, rotated Albo stamp
javac -encoding UTF-8 -nowarn -d "$T" -cp "$PDFBOX" "$SRC/D07Partanna.java" 2>/dev/null
java -cp "$PDFBOX:$T" D07Partanna "$OUT/ordinanza-partanna-pdfbox.pdf"
# 8 Lazise: HTML -> wkhtmltopdf
wkhtmltopdf -q -s A4 -T 16mm -B 16mm -L 17mm -R 17mm "$SRC/d08_lazise.html" "$OUT/ordinanza-lazise-wkhtml.pdf" 2>/dev/null
# 9 San Cataldo: flat ODF text (.fodt) -> LibreOffice Writer; certificate of publication on the last page
python3 "$SRC/d09_sancataldo.py" "$T/deliberazione-sancataldo-writer.fodt"
$LO --convert-to pdf "$T/deliberazione-sancataldo-writer.fodt" --outdir "$OUT" >/dev/null 2>&1
# 10 Cotronei: openpyxl .xlsx -> LibreOffice Calc (Allegato A)
python3 "$SRC/d10_cotronei.py" "$T/allegato-cotronei-calc.xlsx"
$LO --convert-to pdf "$T/allegato-cotronei-calc.xlsx" --outdir "$OUT" >/dev/null 2>&1
# 11 Soresina: fpdf2, core fonts, Tw justification, running head/foot with the decree's number
python3 "$SRC/d11_soresina.py" "$OUT/decreto-soresina-fpdf2.pdf"
# 12 Battipaglia: 80-column Latin-1 report, enscript (running head with the number) -> ps2pdf
iconv -f UTF-8 -t LATIN1 "$SRC/d12_battipaglia.txt" > "$T/d12.txt"
enscript -q -f Courier10 -M A4 --margins=56:40:36:36 -X latin1 \
  -b "$(printf '%s' 'CITTÀ DI BATTIPAGLIA - DET. REG. GEN. N. 742/2026||PAG. $%/$=' | iconv -f UTF-8 -t LATIN1)" \
  -o "$T/d12.ps" "$T/d12.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d12.ps" "$OUT/determinazione-battipaglia-enscript.pdf"

for f in "$OUT"/*.pdf; do test -s "$f" || { echo "missing $f" >&2; exit 1; }; done
ls "$OUT"/*.pdf | wc -l
python3 "$SRC/keys_make.py"
