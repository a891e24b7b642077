#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR), then keys.json.
# Needs: chromium, python3 (reportlab, fpdf2, python-docx), LibreOffice (soffice),
# enscript + ghostscript (ps2pdf), pdflatex (texlive: psnfss, babel-italian, fancyhdr, tabularx).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B=$(mktemp -d)
cd "$SRC"

# 01 Unione Montana Agordina - Giunta dell'Unione (HTML printed by headless Chromium, Kibernetes-like)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$OUT/deliberazione-agordina-kibernetes.pdf" "file://$SRC/01_agordina.html"

# 02 Città Metropolitana di Roma Capitale - decreto (python-docx -> LibreOffice, Dedagroup-like)
python3 02_cmroma.py "$B/decreto-cmroma-dedagroup.docx"
(cd "$B" && soffice --headless --convert-to pdf decreto-cmroma-dedagroup.docx >/dev/null)
cp "$B/decreto-cmroma-dedagroup.pdf" "$OUT/"

# 03 ASP Siracusa - determinazione (fpdf2, J-Iride-like)
python3 03_aspsiracusa.py "$OUT/determinazione-aspsiracusa-jiride.pdf"

# 04 Ente Parco Nazionale del Vesuvio - convocation (ReportLab platypus, Saga-like letter)
python3 04_parcovesuvio.py "$OUT/convocazione-parcovesuvio-saga.pdf"

# 05 Comune di Ravanusa - Consiglio (132-column text, enscript Courier 7 + ps2pdf)
python3 05_ravanusa.py "$B/05_ravanusa.txt"
enscript -B --margins=14:10:22:22 -f Courier7 -c -p "$B/05.ps" "$B/05_ravanusa.txt"
ps2pdf -sPAPERSIZE=a4 "$B/05.ps" "$OUT/deliberazione-ravanusa-siscom.pdf"

# 06 Comune di Azzano Decimo - determinazione (80-column report, ReportLab + Liberation Mono)
python3 06_azzanodecimo.py "$OUT/determinazione-azzanodecimo-ascot.pdf"

# 07 Comune di Pomigliano d'Arco - certificate of publication (flat ODT form -> LibreOffice)
python3 07_pomigliano.py "$B/certificato-pomigliano-modulistica.fodt"
(cd "$B" && soffice --headless --convert-to pdf certificato-pomigliano-modulistica.fodt >/dev/null)
cp "$B/certificato-pomigliano-modulistica.pdf" "$OUT/"

# 08 Comune di Cori - avviso (typewriter-like .docx in Courier New -> LibreOffice)
python3 08_cori.py "$B/avviso-cori-writer.docx"
(cd "$B" && soffice --headless --convert-to pdf avviso-cori-writer.docx >/dev/null)
cp "$B/avviso-cori-writer.pdf" "$OUT/"

# 09 Comune di Zagarolo - Giunta (pdfLaTeX, two runs for the page count)
cp tex/deliberazione-zagarolo-latex.tex "$B/"
(cd "$B" && pdflatex -interaction=nonstopmode deliberazione-zagarolo-latex.tex >/dev/null \
         && pdflatex -interaction=nonstopmode deliberazione-zagarolo-latex.tex >/dev/null)
cp "$B/deliberazione-zagarolo-latex.pdf" "$OUT/"

# 10 Comune di Sarno - determinazione (hand-written streams: Tw/Tc, rotated stamp)
python3 10_sarno.py "$OUT/determinazione-sarno-apkappa.pdf"

# 11 Città di Carini - bando (ReportLab: Form XObjects, scrambled drawing order)
python3 11_carini.py "$OUT/bando-carini-datagraph.pdf"

# 12 Comune di Martellago - Allegato A (hand-written streams: one Tm per glyph)
python3 12_martellago.py "$OUT/allegato-martellago-civilia.pdf"

python3 make_keys.py "$OUT/keys.json"
python3 check_keys.py "$OUT"
rm -rf "$B"
