#!/bin/sh
# Rebuilds the 12 PDFs of set mix-69-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), LibreOffice, Chromium, wkhtmltopdf,
# enscript + ghostscript, groff (gropdf, tbl), pdflatex (lmodern, microtype, fancyhdr), Java 17 + OpenPDF 1.3.30 in ~/.m2.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix69b.XXXXXX)
trap 'rm -rf "$T"' EXIT
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8
LO="-env:UserInstallation=file://$T/lo-profile"
M=${M2_REPO:-$HOME/.m2/repository}; OPENPDF="$M/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar"
# 1 Calice Ligure: Word model (python-docx) -> LibreOffice
python3 "$SRC/d01_caliceligure.py" "$T/avviso-caliceligure-word.docx"
soffice $LO --headless --convert-to pdf "$T/avviso-caliceligure-word.docx" --outdir "$OUT" >/dev/null
# 2 Cairano: ReportLab, Form XObjects, out-of-order drawing, Tw/Tc
python3 "$SRC/d02_cairano.py" "$OUT/avviso-cairano-civilia.pdf"
# 3 Valduggia: 80-column Latin-1 Courier report, enscript + ghostscript
iconv -f utf-8 -t latin1 "$SRC/d03_valduggia.txt" > "$T/d03.txt"
enscript -q -B -f Courier10 -M A4 --margins=56:40:40:30 -X latin1 -o "$T/d03.ps" "$T/d03.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/determinazione-valduggia-halley.pdf"
# 4 Ovodda: groff -ms + tbl -> gropdf
groff -k -t -ms -Tpdf -P-pa4 "$SRC/d04_ovodda.ms" > "$OUT/pubblicazione-ovodda-groff.pdf"
# 5 Montagnareale: fpdf2, DejaVu CID fonts, rotated stamp
python3 "$SRC/d05_montagnareale.py" "$OUT/avviso-montagnareale-siscom.pdf"
# 6 Montaguto: pdfLaTeX
cp "$SRC/d06_montaguto.tex" "$T/avviso-montaguto-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode avviso-montaguto-latex.tex >/dev/null && pdflatex -interaction=nonstopmode avviso-montaguto-latex.tex >/dev/null)
mv "$T/avviso-montaguto-latex.pdf" "$OUT/"
# 7 Mendatica: headless Chromium (CSS @page margin boxes)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chrome" --no-pdf-header-footer --print-to-pdf="$OUT/decreto-mendatica-chromium.pdf" "file://$SRC/d07_mendatica.html" 2>/dev/null
# 8 Castel di Lucio: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 15mm -B 15mm -L 18mm -R 18mm "$SRC/d08_casteldilucio.html" "$OUT/autorizzazione-casteldilucio-wkhtml.pdf"
# 9 Escolca: ReportLab, one glyph per Tm/Tj, rotated stamp
python3 "$SRC/d09_escolca.py" "$OUT/ordinanza-escolca-kibernetes.pdf"
# 10 Savignano Irpino: Java + OpenPDF
mkdir -p "$T/j10"
javac -encoding UTF-8 -cp "$OPENPDF" -d "$T/j10" "$SRC/d10_savignanoirpino/SavignanoEsproprio.java"
java -cp "$OPENPDF:$T/j10" SavignanoEsproprio "$OUT/decreto-savignanoirpino-openpdf.pdf"
# 11 Ailoche: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_ailoche.py" "$T/avviso-ailoche-calc.xlsx"
soffice $LO --headless --convert-to pdf "$T/avviso-ailoche-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Unione dei Comuni Valle Ufita: HTML opened as a Writer document, exported by LibreOffice
cp "$SRC/d12_valleufita.html" "$T/determinazione-valleufita-writer.html"
soffice $LO --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$T/determinazione-valleufita-writer.html" --outdir "$OUT" >/dev/null
