#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent folder (OUTDIR).
# Needs: python3 (python-docx, openpyxl, reportlab, Pillow), LibreOffice
# (soffice, Writer + Calc), chromium, enscript + ghostscript (ps2pdf), pdflatex.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
cd "$TMP"
export PYTHONPATH="$SRC"

# 1. Renon / Ritten: bilingual Giunta deliberation, Word template -> LibreOffice Writer
python3 "$SRC/delibera_renon.py" delibera-renon-wordtemplate.docx
soffice --headless --convert-to pdf delibera-renon-wordtemplate.docx >/dev/null

# 2. Massa Lubrense: Consiglio deliberation, 80-column report -> enscript (Courier) -> Ghostscript
python3 "$SRC/delibera_massalubrense.py" ml.txt
enscript -q -B -M A4 -X latin1 -f Courier10 --margins=56:40:36:36 -t "DELIBERA C.C. N. 14/2026" -o ml.ps ml.txt
ps2pdf -sPAPERSIZE=a4 ml.ps delibera-massalubrense-datagraph.pdf

# 3. ASP Azalea: CdA deliberation, pdflatex (run twice for the page total)
cp "$SRC/delibera_aspazalea.tex" .
pdflatex -interaction=nonstopmode delibera_aspazalea.tex >/dev/null
pdflatex -interaction=nonstopmode delibera_aspazalea.tex >/dev/null
mv delibera_aspazalea.pdf delibera-aspazalea-tex.pdf

# 4. Monrupino / Repentabor: Slovene-over-Italian determinazione -> LibreOffice Writer
python3 "$SRC/determina_monrupino.py" determina-monrupino-insiel.docx
soffice --headless --convert-to pdf determina-monrupino-insiel.docx >/dev/null

# 5. Bardonecchia: Halley-style determinazione, ReportLab (Tw/Tc, glyph by glyph)
python3 "$SRC/determina_bardonecchia.py" determina-bardonecchia-halley.pdf

# 6. Provincia di Perugia: determinazione dirigenziale, HTML -> Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=determina-provinciaperugia-sicraweb.pdf "$SRC/determina_provinciaperugia.html" 2>/dev/null

# 7. San Lucido: typewriter-like ordinanza form -> LibreOffice Writer
python3 "$SRC/ordinanza_sanlucido.py" ordinanza-sanlucido-wordtypewriter.docx
soffice --headless --convert-to pdf ordinanza-sanlucido-wordtypewriter.docx >/dev/null

# 8. La Salle: French/Italian avviso pubblico n. 5/2026, HTML -> Chromium
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf=avviso-lasalle-civilia.pdf "$SRC/avviso_lasalle.html" 2>/dev/null

# 9. Bardolino: attestazione di pubblicazione, ReportLab (Form XObjects, rotated stamp)
python3 "$SRC/attestazione_bardolino.py" attestazione-bardolino-jiride.pdf

# 10. Consorzio di Bonifica dell'Emilia Centrale: Allegato A, xlsx -> LibreOffice Calc
python3 "$SRC/allegato_bonificaemiliacentrale.py" Programma_manutenzioni_2026.xlsx
soffice --headless --convert-to pdf Programma_manutenzioni_2026.xlsx >/dev/null
mv Programma_manutenzioni_2026.pdf allegato-bonificaemiliacentrale-excel.pdf

# 11. Paciano: convocation, ReportLab, two columns drawn out of reading order
python3 "$SRC/convocazione_paciano.py" convocazione-paciano-hypersic.pdf

# 12. Ente Parco Regionale dei Monti Picentini: avviso di deposito, picture letterhead
python3 "$SRC/avviso_parcopicentini.py" avviso-parcopicentini-wordtemplate.pdf

cp delibera-renon-wordtemplate.pdf delibera-massalubrense-datagraph.pdf delibera-aspazalea-tex.pdf \
   determina-monrupino-insiel.pdf determina-bardonecchia-halley.pdf determina-provinciaperugia-sicraweb.pdf \
   ordinanza-sanlucido-wordtypewriter.pdf avviso-lasalle-civilia.pdf attestazione-bardolino-jiride.pdf \
   allegato-bonificaemiliacentrale-excel.pdf convocazione-paciano-hypersic.pdf \
   avviso-parcopicentini-wordtemplate.pdf "$OUT/"
cd / && rm -rf "$TMP"
echo "built 12 PDFs into $OUT"
