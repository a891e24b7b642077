#!/bin/sh
# Rebuilds the 12 PDFs of mix-33-a into the folder above this one.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), LibreOffice
# (writer + calc), chromium, pdflatex (lmodern, babel-italian), enscript, ghostscript.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
cd "$SRC"

# 1 Unione di Comuni Montana Lunigiana - Word template (docx) -> LibreOffice
python3 gen01_lunigiana.py "$TMP/deliberazione-unionelunigiana-wordtemplate.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/deliberazione-unionelunigiana-wordtemplate.docx" >/dev/null
cp "$TMP/deliberazione-unionelunigiana-wordtemplate.pdf" "$OUT/"

# 2 Diano Marina - pdfLaTeX
cp deliberazione-dianomarina-tex.tex "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode deliberazione-dianomarina-tex.tex >/dev/null && \
               pdflatex -interaction=nonstopmode deliberazione-dianomarina-tex.tex >/dev/null)
cp "$TMP/deliberazione-dianomarina-tex.pdf" "$OUT/"

# 3 Giardini Naxos - reportlab, glyph-by-glyph + Tw + rotated stamp
python3 gen03_giardininaxos.py "$OUT/deliberazione-giardininaxos-halley.pdf"

# 4 Mortara - 80-column text -> enscript -> ps2pdf
python3 gen04_mortara.py "$TMP/DT0187.TXT"
enscript -q -B -f Courier10 --margins=54:40:40:40 -M A4 -o "$TMP/DT0187.PS" "$TMP/DT0187.TXT"
ps2pdf -sPAPERSIZE=a4 "$TMP/DT0187.PS" "$OUT/determinazione-mortara-datagraph.pdf"

# 5 Consorzio di Bonifica della Calabria - Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/determinazione-bonificacalabria-chromium.pdf" \
  "file://$SRC/determinazione-bonificacalabria-chromium.html" 2>/dev/null

# 6 Palestrina - reportlab, picture letterhead + Form XObject + shuffled drawing order
python3 gen06_palestrina.py "$OUT/determinazione-palestrina-sicraweb.pdf"

# 7 Carpinone - typewriter-like Word document -> LibreOffice
python3 gen07_carpinone.py "$TMP/ordinanza-carpinone-word.docx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/ordinanza-carpinone-word.docx" >/dev/null
cp "$TMP/ordinanza-carpinone-word.pdf" "$OUT/"

# 8 Comunita' Alto Garda e Ledro - LibreOffice Writer (flat ODT)
soffice --headless --convert-to pdf --outdir "$TMP" avviso-altogardaledro-writer.fodt >/dev/null
cp "$TMP/avviso-altogardaledro-writer.pdf" "$OUT/"

# 9 Gioia Tauro - filled-in form (fpdf2)
python3 gen09_gioiatauro.py "$OUT/attestazione-gioiatauro-modulo.pdf"

# 10 Poggio Mirteto - spreadsheet -> LibreOffice Calc
python3 gen10_poggiomirteto.py "$TMP/Graduatoria_contributi_locazione_2025_AllA.xlsx"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/Graduatoria_contributi_locazione_2025_AllA.xlsx" >/dev/null
cp "$TMP/Graduatoria_contributi_locazione_2025_AllA.pdf" "$OUT/allegato-poggiomirteto-calc.pdf"

# 11 Ente Parco delle Madonie - Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/convocazione-parcomadonie-chromium.pdf" \
  "file://$SRC/convocazione-parcomadonie-chromium.html" 2>/dev/null

# 12 Castiglione della Pescaia - reportlab, two columns + Tc heading
python3 gen12_castiglione.py "$OUT/avviso-castiglionedellapescaia-publisher.pdf"

rm -rf "$TMP"
ls -l "$OUT"/*.pdf
