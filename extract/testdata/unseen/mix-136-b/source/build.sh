#!/bin/sh
# Rebuilds the twelve PDFs of mix-136-b from the sources in this folder.
# usage: sh source/build.sh   (from the set folder; needs python3 with reportlab,
# fpdf2, python-docx, pikepdf, Pillow; chromium, wkhtmltopdf, LibreOffice,
# groff, enscript, ghostscript, pdflatex)
set -e
cd "$(dirname "$0")/.."
S=source
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- Comunità Montana Valtellina di Tirano ("Sicr@web")
python3 $S/tirano_reportlab.py .          # G.E. 87 and 90 (ReportLab)
U=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U" --no-pdf-header-footer \
  --print-to-pdf=deliberazione-assemblea-valtellinaditirano-sicraweb.pdf $S/tirano_assemblea.html
python3 $S/tirano_decreto_docx.py "$T/decreto-valtellinaditirano-sicraweb.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/decreto-valtellinaditirano-sicraweb.docx"
cp "$T/decreto-valtellinaditirano-sicraweb.pdf" .

# --- Consorzio Intercomunale C.I.V.E.T.A. ("Saga")
python3 $S/civeta_assemblea_txt.py "$T/assemblea.txt"
enscript -q -M A4 -X latin1 -f Courier10 -F Courier8 --margins=56:40:28:28 \
  --header='C.I.V.E.T.A. - DELIB. ASSEMBLEA N. 11 DEL 15/12/2028||PAG. $% DI $=' \
  -p "$T/assemblea.ps" "$T/assemblea.txt"
ps2pdf -sPAPERSIZE=a4 "$T/assemblea.ps" deliberazione-assemblea-civeta-saga.pdf
groff -k -Tps -P-pa4 $S/civeta_cda47.tr > "$T/cda47.ps"
ps2pdf -sPAPERSIZE=a4 "$T/cda47.ps" deliberazione-cda-47-civeta-saga.pdf
cp $S/civeta_cda49.tex "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode civeta_cda49.tex >/dev/null \
         && pdflatex -interaction=nonstopmode civeta_cda49.tex >/dev/null)
cp "$T/civeta_cda49.pdf" deliberazione-cda-49-civeta-saga.pdf
python3 $S/civeta_determina_fpdf.py determinazione-civeta-saga.pdf

# --- Unione dei Comuni del Villanova ("Halley")
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 15mm -L 18mm -R 18mm \
  --title "Giunta dell'Unione n. 58 del 11/12/2028" \
  $S/villanova_giunta58.html deliberazione-giunta-58-villanova-halley.pdf
python3 $S/villanova_assemblea_raw.py deliberazione-assemblea-villanova-halley.pdf
python3 $S/villanova_giunta61_docx.py "$T/deliberazione-giunta-61-villanova-halley.docx"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" \
  "$T/deliberazione-giunta-61-villanova-halley.docx"
cp "$T/deliberazione-giunta-61-villanova-halley.pdf" .
U2=$(mktemp -d -p "$T")
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$U2" --no-pdf-header-footer \
  --print-to-pdf=decreto-villanova-halley.pdf $S/villanova_decreto.html

python3 $S/keys_make.py
