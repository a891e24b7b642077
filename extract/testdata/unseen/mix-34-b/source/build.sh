#!/bin/sh
# Rebuild the 12 PDFs of mix-34-b into the folder above this one.
# Needs: Java 17 + OpenPDF 1.3.43 in ~/.m2, Python 3 with reportlab, fpdf2, xhtml2pdf, odfpy, python-docx,
# Go (module github.com/go-pdf/fpdf v0.9.0), wkhtmltopdf, chromium, pdflatex (texlive), enscript + ghostscript,
# LibreOffice (soffice), Node.js with pdfkit 0.15 installed in /tmp/m34b/node (see riposto/build.sh).
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S")
OPENPDF=$HOME/.m2/repository/com/github/librepdf/openpdf/1.3.43/openpdf-1.3.43.jar
(cd "$S/arcola"     && java -cp "$OPENPDF" Arcola.java "$O/deliberazione-arcola-openpdf.pdf")
(cd "$S/terlizzi"   && sh build.sh "$O/deliberazione-terlizzi-wkhtmltopdf.pdf")
(cd "$S/menfi"      && python3 menfi.py "$O/deliberazione-menfi-reportlab.pdf")
(cd "$S/civitanova" && python3 build.py "$O/determinazione-civitanovamarche-xhtml2pdf.pdf")
(cd "$S/ururi"      && python3 ururi.py "$O/determinazione-ururi-fpdf2.pdf")
(cd "$S/valtenesi"  && go run . "$O/determinazione-valtenesi-gofpdf.pdf")
(cd "$S/melegnano"  && sh build.sh "$O/ordinanza-melegnano-chromium.pdf")
(cd "$S/ginosa"     && sh build.sh "$O/avviso-ginosa-pdflatex.pdf")
(cd "$S/carcare"    && sh build.sh "$O/attestazione-carcare-enscript.pdf")
(cd "$S/falconara"  && sh build.sh "$O/allegato-falconaramarittima-calc.pdf")
(cd "$S/jelsi"      && sh build.sh "$O/convocazione-jelsi-pythondocx.pdf")
(cd "$S/riposto"    && sh build.sh "$O/avviso-riposto-pdfkit.pdf")
python3 "$S/check_keys.py"
