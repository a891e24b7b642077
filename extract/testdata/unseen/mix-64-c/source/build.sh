#!/bin/sh
# Rebuilds the 12 PDFs of set mix-64-c into the parent directory (OUTDIR); intermediates go to a temp dir
# removed at the end. Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), headless Chromium, pdflatex
# (lmodern, babel french+italian, microtype, fancyhdr, lastpage), Java 17 + OpenPDF 1.3.30 (~/.m2 or
# fetched with mvn), LibreOffice (Writer, Calc), wkhtmltopdf, groff (gropdf), enscript + Ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export XDG_RUNTIME_DIR="$T"
if locale -a 2>/dev/null | grep -qi '^it_IT.utf'; then export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8; else export LANG=C.UTF-8 LC_ALL=C.UTF-8; fi
LO="soffice -env:UserInstallation=file://$T/lo --headless"
# 1 Avelengo/Hafling: German/Italian Giunta deliberation, HTML printed by headless Chromium
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-avelengo-chromium.pdf" "$SRC/d01_avelengo.html" 2>/dev/null
# 2 Pontey: French/Italian determinazione, pdfLaTeX with microtype letter-spacing
cp "$SRC/d02_pontey.tex" "$T/determinazione-pontey-latex.tex"
(cd "$T" && for i in 1 2; do pdflatex -interaction=nonstopmode determinazione-pontey-latex.tex >/dev/null 2>&1 || true; done)
mv "$T/determinazione-pontey-latex.pdf" "$OUT/"
# 3 Comunità di montagna del Natisone e Torre: Italian/Slovene, fpdf2 with CID TrueType fonts
python3 "$SRC/d03_natisone.py" "$OUT/deliberazione-natisonetorre-insiel.pdf"
# 4 Provincia di Pescara: decreto with a cover sheet, Java + OpenPDF
J="$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
if [ ! -f "$J" ]; then (cd "$T" && mvn -q dependency:copy -Dartifact=com.github.librepdf:openpdf:1.3.30 -DoutputDirectory="$T" >/dev/null); J="$T/openpdf-1.3.30.jar"; fi
javac -d "$T" -cp "$J" "$SRC/D04Pescara.java"
java -cp "$T:$J" D04Pescara "$OUT/decreto-provpescara-openpdf.pdf"
# 5 Unione Montana Alta Val Tanaro: python-docx -> LibreOffice Writer (subject printed twice)
python3 "$SRC/d05_altavaltanaro.py" "$T/deliberazione-altavaltanaro-word.docx"
$LO --convert-to pdf --outdir "$OUT" "$T/deliberazione-altavaltanaro-word.docx" >/dev/null 2>&1
# 6 ASP Ambito 9: ReportLab, one Tm+Tj per glyph, rotated Albo stamp
python3 "$SRC/d06_aspambito9.py" "$OUT/deliberazione-aspambito9-halley.pdf"
# 7 Consorzio di Bonifica della Romagna Occidentale: wkhtmltopdf, label grid with merged cells
wkhtmltopdf -q --encoding utf-8 --zoom 1.25 -s A4 -T 16mm -B 16mm -L 17mm -R 17mm --title "Determinazione R.G. 137/2026" "$SRC/d07_bonifica.html" "$OUT/determinazione-bonificaromagnaoccidentale-wkhtml.pdf" 2>/dev/null
# 8 Sanguinetto: ordinanza, groff -ms -> gropdf
groff -Kutf8 -ms -Tpdf -P-pa4 "$SRC/d08_sanguinetto.ms" 2>/dev/null > "$OUT/ordinanza-sanguinetto-groff.pdf"
# 9 Trevico: determinazione + certificate of publication, 80-column text, enscript + Ghostscript
python3 "$SRC/d09_trevico.py" "$T/d09.txt"
enscript -q -B -f Courier10 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/d09.ps" "$T/d09.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d09.ps" "$OUT/determinazione-trevico-enscript.pdf"
# 10 Mores: bando, hand-written PostScript (two columns, out of reading order) -> Ghostscript
python3 "$SRC/d10_mores.py" "$T/d10.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/bando-mores-postscript.pdf"
# 11 Cassaro: Consiglio comunale, ReportLab Form XObjects, Tw justification, Tc headings
python3 "$SRC/d11_cassaro.py" "$OUT/deliberazione-cassaro-sicraweb.pdf"
# 12 Pratovecchio Stia: Allegato A, openpyxl -> LibreOffice Calc (landscape)
python3 "$SRC/d12_pratovecchiostia.py" "$T/allegato-pratovecchiostia-calc.xlsx"
$LO --convert-to pdf --outdir "$OUT" "$T/allegato-pratovecchiostia-calc.xlsx" >/dev/null 2>&1
python3 "$SRC/keys_make.py"
