#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory (OUTDIR), then keys.json, then checks the keys.
# Needs: chromium, python3 (reportlab, python-docx), LibreOffice (soffice), enscript + ghostscript (ps2pdf),
# pdflatex (texlive: mathptmx, babel-italian, fancyhdr, tabularx), poppler-utils (check).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B=$(mktemp -d)
cd "$SRC"
# 01 Unione dei Comuni del Montalbo - Assemblea (HTML -> headless Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/deliberazione-montalbo-zuddas.pdf" "file://$SRC/01_montalbo.html"
# 02 ASReM - determinazione dirigenziale (ReportLab platypus)
python3 02_asrem.py "$OUT/determinazione-asrem-jiride.pdf"
# 03 Provincia dell'Aquila - decreto del Presidente (HTML -> headless Chromium)
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/decreto-provinciaaquila-halley.pdf" "file://$SRC/03_provaquila.html"
# 04 Comunità Montana Valnerina - convocazione (python-docx -> LibreOffice)
python3 04_valnerina.py "$B/convocazione-valnerina-word.docx"
(cd "$B" && soffice --headless --convert-to pdf convocazione-valnerina-word.docx >/dev/null)
cp "$B/convocazione-valnerina-word.pdf" "$OUT/"
# 05 Comune di Lavagna - Consiglio (132 columns, enscript Courier 7 + ps2pdf)
python3 05_lavagna.py "$B/l.txt"
enscript -B --margins=14:10:22:22 -f Courier7 -c -p "$B/l.ps" "$B/l.txt"
ps2pdf -sPAPERSIZE=a4 "$B/l.ps" "$OUT/deliberazione-lavagna-as400.pdf"
# 06 Città di Amelia - determinazione (80 columns, ReportLab canvas Courier)
python3 06_amelia.py "$OUT/determinazione-amelia-siscom.pdf"
# 07 Comune di Vico Equense - certificato di pubblicazione (underscore form typed over, ReportLab canvas)
python3 07_vicoequense.py "$OUT/certificato-vicoequense-modulistica.pdf"
# 08 Comune di Larino - avviso pubblico n. 3 (typewriter-like .docx -> LibreOffice)
python3 08_larino.py "$B/avviso-larino-typewriter.docx"
(cd "$B" && soffice --headless --convert-to pdf avviso-larino-typewriter.docx >/dev/null)
cp "$B/avviso-larino-typewriter.pdf" "$OUT/"
# 09 Comune di Tortoreto - Giunta (pdfLaTeX, two runs)
cp tex/deliberazione-tortoreto-latex.tex "$B/"
(cd "$B" && pdflatex -interaction=nonstopmode deliberazione-tortoreto-latex.tex >/dev/null && pdflatex -interaction=nonstopmode deliberazione-tortoreto-latex.tex >/dev/null)
cp "$B/deliberazione-tortoreto-latex.pdf" "$OUT/"
# 10 Comune di Santa Margherita Ligure - avviso (hand-written streams: Tw/Tc, rotated stamp) - minipdf.py, awk.py
python3 10_santamargherita.py "$OUT/avviso-santamargheritaligure-apkappa.pdf"
# 11 Comune di Guardiagrele - determinazione (one Tm per glyph, no spaces)
python3 11_guardiagrele.py "$OUT/determinazione-guardiagrele-halley.pdf"
# 12 Comune di Sestu - Allegato A (Form XObjects painted last, body out of reading order)
python3 12_sestu.py "$OUT/allegato-sestu-datagraph.pdf"
python3 make_keys.py "$OUT/keys.json"
python3 check_keys.py "$OUT"
rm -rf "$B"
