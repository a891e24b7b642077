#!/bin/sh
# Rebuild the 12 PDFs of mix-138-a into the set folder (the parent of source/).
# Needs: chromium, soffice (LibreOffice Writer), wkhtmltopdf, groff + ps2pdf (ghostscript),
# python3 with reportlab, fpdf2, python-docx, pikepdf, Pillow.
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"

for c in frossasco volturino cossoine; do python3 crest.py $c "$T/crest-$c.png"; done

chrome() { # html pdf
  chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$S/$1" >/dev/null 2>&1
}
lo() { # document -> $O/<same name>.pdf
  soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
  b=$(basename "$1"); cp "$T/${b%.*}.pdf" "$O/"
}

# Frossasco (Sicraweb-like): Chromium, python-docx + LibreOffice, ReportLab platypus, fpdf2
chrome giunta_frossasco.html "$O/deliberazione-giunta-frossasco-sicraweb.pdf"
python3 consiglio_frossasco_docx.py "$T/crest-frossasco.png" "$T/deliberazione-consiglio-frossasco-sicraweb.docx"
lo "$T/deliberazione-consiglio-frossasco-sicraweb.docx"
python3 determina_frossasco.py "$O/determinazione-frossasco-sicraweb.pdf"
python3 certificato_frossasco.py "$T/crest-frossasco.png" "$O/certificato-frossasco-sicraweb.pdf"

# Volturino (J-Iride-like): ReportLab canvas, Chromium, groff + ps2pdf, wkhtmltopdf
python3 consiglio_volturino.py "$O/deliberazione-consiglio-volturino-jiride.pdf"
chrome giunta_volturino.html "$O/deliberazione-giunta-volturino-jiride.pdf"
groff -k -t -Tps -P-pa4 determina_volturino.tr > "$T/det_volturino.ps"
ps2pdf -sPAPERSIZE=a4 "$T/det_volturino.ps" "$O/determinazione-volturino-jiride.pdf"
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 20mm -R 20mm ordinanza_volturino.html \
  "$O/ordinanza-volturino-jiride.pdf" 2>/dev/null

# Cossoine (Datagraph-like): python-docx + LibreOffice, fpdf2, hand-written flat ODT + LibreOffice, pikepdf
python3 giunta_cossoine_docx.py "$T/crest-cossoine.png" "$T/deliberazione-giunta-cossoine-datagraph.docx"
lo "$T/deliberazione-giunta-cossoine-datagraph.docx"
python3 determina_cossoine.py "$T/crest-cossoine.png" "$O/determinazione-cossoine-datagraph.pdf"
python3 fill_fodt.py avviso_cossoine.fodt.in "$T/crest-cossoine.png" "$T/avviso-cossoine-datagraph.fodt"
lo "$T/avviso-cossoine-datagraph.fodt"
python3 decreto_cossoine.py "$O/decreto-cossoine-datagraph.pdf"

ls -la "$O"/*.pdf
