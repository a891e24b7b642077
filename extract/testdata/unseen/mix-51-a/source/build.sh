#!/bin/sh
# Rebuilds the 12 PDFs of set mix-51-a into the folder above this one.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), LibreOffice
# (soffice), chromium, wkhtmltopdf, pdflatex (texlive-latex-base + babel-italian
# + enumitem), enscript and ghostscript (ps2pdf), an it_IT.UTF-8 locale.
set -e
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
cd "$SRC"

# 1 Villabassa / Niederdorf - Giunta, DE|IT side by side (Word -> LibreOffice)
python3 d01_villabassa.py "$TMP/Beschluss_GA_47_2026.docx"
# 7 Gignod - ordonnance/ordinanza, FR and IT alternating (Word -> LibreOffice)
python3 d07_gignod.py "$TMP/Ordinanza_9_2026.docx"
# 9 Giove - certificate, typewriter Word form with underscores
python3 d09_giove.py "$TMP/CERT_PUBBL_GC31.docx"
(cd "$TMP" && soffice --headless --convert-to pdf Beschluss_GA_47_2026.docx Ordinanza_9_2026.docx CERT_PUBBL_GC31.docx >/dev/null)
cp "$TMP/Beschluss_GA_47_2026.pdf" "$OUT/delibera-villabassa-word.pdf"
cp "$TMP/Ordinanza_9_2026.pdf" "$OUT/ordinanza-gignod-word.pdf"
cp "$TMP/CERT_PUBBL_GC31.pdf" "$OUT/attestazione-giove-word.pdf"

# 10 Serino - annex, spreadsheet printed by LibreOffice Calc (Italian locale)
python3 d10_serino.py "$TMP/Allegato_A_riparto_contributi_ASD_2026.xlsx"
(cd "$TMP" && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 soffice --headless --convert-to pdf Allegato_A_riparto_contributi_ASD_2026.xlsx >/dev/null)
cp "$TMP/Allegato_A_riparto_contributi_ASD_2026.pdf" "$OUT/allegato-serino-calc.pdf"

# 2, 3, 5, 6 - reportlab
python3 d02_prepotto.py "$OUT/delibera-prepotto-insiel.pdf"
python3 d03_bonificaferrara.py "$OUT/delibera-bonificaferrara-jiride.pdf"
python3 d05_pianodisorrento.py "$OUT/determina-pianodisorrento-halley.pdf"
python3 d06_provinciapotenza.py "$TMP/det389.pdf"
cp "$TMP/det389.pdf" "$OUT/determina-provinciapotenza-sicraweb.pdf"

# 4 Nichelino - 132-column line-printer report: enscript + ghostscript
python3 d04_nichelino.py "$TMP/DET412.TXT"
enscript -q -r -B -f Courier7.6 --margins=36:36:30:30 -X latin1 -o "$TMP/DET412.PS" "$TMP/DET412.TXT"
ps2pdf -sPAPERSIZE=a4 "$TMP/DET412.PS" "$OUT/determina-nichelino-siscom.pdf"

# 8 Unione Bassa Valle del Tirso e Grighine - avviso, HTML printed by Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/avviso-unionetirso-chromium.pdf" "file://$SRC/d08_unionetirso.html" 2>/dev/null

# 11 Zero Branco - convocation, pdflatex (OT1)
cp d11_zerobranco.tex "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode d11_zerobranco.tex >/dev/null && pdflatex -interaction=nonstopmode d11_zerobranco.tex >/dev/null)
cp "$TMP/d11_zerobranco.pdf" "$OUT/convocazione-zerobranco-latex.pdf"

# 12 Ente Parco Naturale Regionale delle Serre - notice, wkhtmltopdf
wkhtmltopdf -q --encoding utf-8 -s A4 -T 18mm -B 18mm -L 18mm -R 18mm \
  "$SRC/d12_parcoserre.html" "$OUT/avviso-parcoserre-wkhtmltopdf.pdf" 2>/dev/null || true

rm -rf "$TMP"
ls -l "$OUT"/*.pdf
