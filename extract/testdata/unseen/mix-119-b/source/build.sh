#!/bin/sh
# Rebuilds the twelve PDFs of mix-119-b into the set folder, then keys.json.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf), chromium,
# wkhtmltopdf, LibreOffice, groff + ghostscript, enscript, pdflatex, poppler-utils.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# creation dates: the act's day, where the producer honours SOURCE_DATE_EPOCH
# (ReportLab, pdfTeX, Ghostscript) or the script reads it (fpdf2, pikepdf);
# Chromium, wkhtmltopdf and LibreOffice stamp the time of the build.
ep() { date -u -d "$1" +%s; }
export FORCE_SOURCE_DATE=1

# --- Comune di Leini (civilianext) -------------------------------------------
SOURCE_DATE_EPOCH=$(ep "2027-07-14 10:12") python3 "$SRC/leini_det_lavori.py" "$OUT"
mkdir "$TMP/tex"; cp "$SRC/leini_det_tributi.tex" "$TMP/tex/"
( export SOURCE_DATE_EPOCH=$(ep "2027-07-08 09:41"); cd "$TMP/tex" && pdflatex -interaction=nonstopmode leini_det_tributi.tex >/dev/null \
               && pdflatex -interaction=nonstopmode leini_det_tributi.tex >/dev/null )
cp "$TMP/tex/leini_det_tributi.pdf" "$OUT/determinazione-leini-civilianext-tributi.pdf"
python3 "$SRC/leini_avviso.py" "$TMP"
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$TMP" \
        "$TMP/avviso-leini-civilianext.docx" >/dev/null 2>&1
cp "$TMP/avviso-leini-civilianext.pdf" "$OUT/"
SOURCE_DATE_EPOCH=$(ep "2027-07-16 08:05") python3 "$SRC/leini_ordinanza_form.py" "$OUT"

# --- Comune di Santa Maria a Vico (hypersic) ----------------------------------
mkdir "$TMP/chr1"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr1" --no-pdf-header-footer \
         --print-to-pdf="$OUT/determinazione-santamariaavico-hypersic.pdf" "$SRC/smav_det_lavori.html" 2>/dev/null
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm --title "Ordinanza n. 41/2027" \
         "$SRC/smav_ordinanza_pl.html" "$OUT/ordinanza-santamariaavico-hypersic.pdf" 2>/dev/null
SOURCE_DATE_EPOCH=$(ep "2027-07-12 10:30") groff -K utf8 -Tps -P-pa4 "$SRC/smav_avviso.tr" > "$TMP/avviso.ps"
SOURCE_DATE_EPOCH=$(ep "2027-07-12 10:30") ps2pdf -sPAPERSIZE=a4 "$TMP/avviso.ps" "$OUT/avviso-santamariaavico-hypersic.pdf"
SOURCE_DATE_EPOCH=$(ep "2027-07-27 11:02") python3 "$SRC/smav_det_tributi.py" "$OUT"

# --- Comune di Montelupo Fiorentino (sicraweb) --------------------------------
SOURCE_DATE_EPOCH=$(ep "2027-07-22 12:15") python3 "$SRC/montelupo_det_refezione.py" "$OUT"
python3 "$SRC/montelupo_det_liquidazione.py" "$TMP"
SOURCE_DATE_EPOCH=$(ep "2027-07-27 10:41") enscript -q -X latin1 -f Courier10 -F Courier-Bold9 --media=A4 --margins=64:40:30:36 \
         -b 'Comune di Montelupo Fiorentino - Det. n. 548 del 27/07/2027||Pag. $% di $=' \
         -o "$TMP/liq.ps" "$TMP/det-montelupo-liquidazione.txt"
SOURCE_DATE_EPOCH=$(ep "2027-07-27 10:41") ps2pdf -sPAPERSIZE=a4 "$TMP/liq.ps" "$OUT/determinazione-montelupofiorentino-sicraweb-liquidazione.pdf"
mkdir "$TMP/chr2"
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$TMP/chr2" --no-pdf-header-footer \
         --print-to-pdf="$OUT/avviso-montelupofiorentino-sicraweb.pdf" "$SRC/montelupo_avviso.html" 2>/dev/null
SOURCE_DATE_EPOCH=$(ep "2027-07-26 09:20") python3 "$SRC/montelupo_ordinanza.py" "$OUT"

python3 "$SRC/keys_make.py"
