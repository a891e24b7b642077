#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), LibreOffice (writer+calc),
# chromium, wkhtmltopdf, enscript + ghostscript, pdflatex (lmodern, fancyhdr, multicol).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
W=$(mktemp -d)
cd "$W"
# 1 Unione Valdichiana Senese - HTML opened by LibreOffice Writer
cp "$SRC/d01_valdichiana.html" .
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export d01_valdichiana.html >/dev/null
cp d01_valdichiana.pdf "$OUT/delibera-valdichianasenese-writer.pdf"
# 2 Seregno - 80-column Courier report, enscript + ps2pdf
"$SRC/d02_seregno.sh" "$SRC/d02_seregno.txt" "$OUT/delibera-seregno-datagraph.pdf"
# 3 Gualdo Cattaneo - pdflatex
cp "$SRC/d03_gualdocattaneo.tex" .
pdflatex -interaction=nonstopmode d03_gualdocattaneo.tex >/dev/null
cp d03_gualdocattaneo.pdf "$OUT/delibera-gualdocattaneo-halley.pdf"
# 4 Piazzola sul Brenta - typewriter-like .docx through LibreOffice
python3 "$SRC/d04_piazzola.py" d04.docx
soffice --headless --convert-to pdf d04.docx >/dev/null
cp d04.pdf "$OUT/determina-piazzolasulbrenta-word.pdf"
# 5 Quarrata - reportlab, glyph-by-glyph, Tw/Tc, rotated stamp
cd "$SRC" && python3 d05_quarrata.py "$OUT/determina-quarrata-sicraweb.pdf" && cd "$W"
# 6 Provincia di Rovigo - Chromium print to PDF
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/determina-provinciarovigo-jiride.pdf" "$SRC/d06_rovigo.html" 2>/dev/null
# 7 Pescocostanzo - reportlab, Form XObjects, Tc, out of reading order
cd "$SRC" && python3 d07_pescocostanzo.py "$OUT/ordinanza-pescocostanzo-kibernetes.pdf" && cd "$W"
# 8 ASP Caltanissetta - Word template (.docx) through LibreOffice
python3 "$SRC/d08_aspcaltanissetta.py" d08.docx
soffice --headless --convert-to pdf d08.docx >/dev/null
cp d08.pdf "$OUT/avviso-aspcaltanissetta-word.pdf"
# 9 Canicattini Bagni - form with underscores, values typed over
python3 "$SRC/d09_canicattini.py" "$OUT/attestazione-canicattinibagni-studiok.pdf"
# 10 Pignola - spreadsheet (.xlsx) printed by LibreOffice Calc, Italian locale
python3 "$SRC/d10_pignola.py" d10.xlsx
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice --headless --convert-to pdf d10.xlsx >/dev/null
cp d10.pdf "$OUT/allegato-pignola-excel.pdf"
# 11 Comunita' Montana Valli del Verbano - wkhtmltopdf
"$SRC/d11_valliverbano.sh" "$SRC/d11_valliverbano.html" "$OUT/convocazione-cmvalliverbano-hypersic.pdf" 2>/dev/null
# 12 Piana degli Albanesi - reportlab platypus, two columns, letterhead picture
cd "$SRC" && python3 d12_pianaalbanesi.py "$OUT/avviso-pianadeglialbanesi-apkappa.pdf"
rm -rf "$W"
