#!/bin/sh
# Rebuilds the 12 PDFs of set mix-61-b into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf,
# enscript + ghostscript (ps2pdf), groff, pdflatex (helvet, enumitem, fancyhdr, lastpage),
# Java 17 with OpenPDF 1.3.30 in the local Maven repository (~/.m2).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
OPENPDF=${OPENPDF:-$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.30/openpdf-1.3.30.jar}
# 1 San Martino in Badia: HTML opened as a Writer document, exported by LibreOffice
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_sanmartinoinbadia.html" --outdir "$T" >/dev/null
mv "$T/d01_sanmartinoinbadia.pdf" "$OUT/deliberazione-sanmartinoinbadia-writer.pdf"
# 2 APSP Beato de Tschiderer: ReportLab, Tw/Tc
python3 "$SRC/d02_tschiderer.py" "$OUT/deliberazione-tschiderer-civilia.pdf"
# 3 Villafranca Piemonte: 132-column report, enscript (landscape Courier) + ghostscript
python3 "$SRC/d03_villafrancapiemonte.py" "$T/d03.txt"
enscript -q -B -r -f Courier8.6 -M A4 --margins=36:30:28:28 -X latin1 -o "$T/d03.ps" "$T/d03.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d03.ps" "$OUT/determinazione-villafrancapiemonte-lineprinter.pdf"
# 4 Triora: groff -ms
groff -ms -k -Tpdf "$SRC/d04_triora.ms" 2>/dev/null > "$OUT/decreto-triora-groff.pdf"
# 5 Caprino Veronese: fpdf2 typewriter
python3 "$SRC/d05_caprinoveronese.py" "$OUT/attestazione-caprinoveronese-typewriter.pdf"
# 6 Breno: hand-written PDF, one TJ per line with kerning between every glyph
python3 "$SRC/d06_breno.py" "$OUT/ordinanza-breno-printserver.pdf"
# 7 Manerba del Garda: Chromium headless
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-manerbadelgarda-chromium.pdf" "$SRC/d07_manerba.html" 2>/dev/null
# 8 Pontebba: wkhtmltopdf
wkhtmltopdf -q -s A4 -T 14mm -B 14mm -L 16mm -R 16mm "$SRC/d08_pontebba.html" "$OUT/deliberazione-pontebba-wkhtml.pdf" 2>/dev/null
# 9 Comunità della Valle di Cembra: python-docx -> LibreOffice
python3 "$SRC/d09_cembra.py" "$T/determinazione-cembra-word.docx"
soffice --headless --convert-to pdf "$T/determinazione-cembra-word.docx" --outdir "$OUT" >/dev/null
# 10 Unione Montana Alpago: pdfLaTeX
cp "$SRC/d10_alpago.tex" "$T/convocazione-alpago-latex.tex"
(cd "$T" && pdflatex -interaction=nonstopmode convocazione-alpago-latex.tex >/dev/null && pdflatex -interaction=nonstopmode convocazione-alpago-latex.tex >/dev/null)
mv "$T/convocazione-alpago-latex.pdf" "$OUT/"
# 11 Recoaro Terme: openpyxl -> LibreOffice Calc
python3 "$SRC/d11_recoaroterme.py" "$T/allegato-recoaroterme-calc.xlsx"
soffice --headless --convert-to pdf "$T/allegato-recoaroterme-calc.xlsx" --outdir "$OUT" >/dev/null
# 12 Pragelato: Java + OpenPDF
mkdir -p "$T/classes"
javac -encoding UTF-8 -d "$T/classes" -cp "$OPENPDF" "$SRC/D12Pragelato.java"
java -cp "$T/classes:$OPENPDF" D12Pragelato "$OUT/bando-pragelato-openpdf.pdf"
rm -rf "$T"
