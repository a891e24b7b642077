#!/bin/sh
# Rebuilds the 12 PDFs of set mix-108-b into the set folder (the parent of
# this source/ folder), then writes keys.json.  Temp dirs via mktemp.
# Needs: python3 (reportlab, fpdf2, python-docx, pikepdf, Pillow), chromium,
# LibreOffice, wkhtmltopdf, groff, enscript, a2ps, ghostscript (ps2pdf),
# pdflatex (lmodern, tikz, fancyhdr), iconv, poppler-utils (for keys_make.py).
set -e
S=$(cd "$(dirname "$0")" && pwd)
D=$(dirname "$S")
cd "$D"

# --- Comune di Dongo (Lombardia): house style "Sinergis" ---
T=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/profile" --no-pdf-header-footer \
  --print-to-pdf="$D/convocazione-dongo-sinergis.pdf" "$S/convocazione-dongo-sinergis.html" 2>/dev/null
rm -rf "$T"
python3 "$S/certificato_dongo.py" "$D/certificato-dongo-sinergis.pdf"
python3 "$S/matrimonio_dongo.py" "$D/matrimonio-dongo-sinergis.pdf"
T=$(mktemp -d)
python3 "$S/avviso_dongo_docx.py" "$T/avviso-dongo-sinergis.docx" "$T"
LO=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf --outdir "$T" "$T/avviso-dongo-sinergis.docx" >/dev/null 2>&1
cp "$T/avviso-dongo-sinergis.pdf" "$D/"
rm -rf "$T" "$LO"

# --- Comune di Luco dei Marsi (Abruzzo): house style "Cedaf" ---
wkhtmltopdf -q --encoding utf-8 -s A4 -T 15mm -B 12mm -L 18mm -R 16mm --title "Avviso di appalto aggiudicato" \
  "$S/esito-lucodeimarsi-cedaf.html" "$D/esito-lucodeimarsi-cedaf.pdf" 2>/dev/null
T=$(mktemp -d)
groff -k -Tps -dpaper=a4 -P-pa4 "$S/esecutivita-lucodeimarsi-cedaf.tr" > "$T/e.ps"
ps2pdf -sPAPERSIZE=a4 "$T/e.ps" "$D/esecutivita-lucodeimarsi-cedaf.pdf"
iconv -f utf-8 -t latin1 "$S/relata-lucodeimarsi-cedaf.txt" > "$T/r.txt"
enscript -q -X latin1 -f Courier10 -M A4 --margins=62:40:28:36 \
  --header='Comune di Luco dei Marsi - Ufficio Messi - Relata n. 287/2026||Pagina $% di $=' -o "$T/r.ps" "$T/r.txt"
ps2pdf -sPAPERSIZE=a4 "$T/r.ps" "$D/relata-lucodeimarsi-cedaf.pdf"
cp "$S/deposito-lucodeimarsi-cedaf.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode deposito-lucodeimarsi-cedaf.tex >/dev/null \
        && pdflatex -interaction=nonstopmode deposito-lucodeimarsi-cedaf.tex >/dev/null)
cp "$T/deposito-lucodeimarsi-cedaf.pdf" "$D/"
rm -rf "$T"

# --- Comune di Nicolosi (Sicilia): house style "Technical Design" ---
python3 "$S/consultazione_nicolosi_raw.py" "$D/avviso-consultazione-nicolosi-techdesign.pdf"
sh "$S/a2ps_nicolosi.sh" "$S/attestazione-nicolosi-techdesign.txt" "$D/attestazione-nicolosi-techdesign.pdf"
python3 "$S/avviso_nicolosi_platypus.py" "$D/avviso-contributi-nicolosi-techdesign.pdf"
python3 "$S/deposito_nicolosi_fpdf.py" "$D/avviso-deposito-nicolosi-techdesign.pdf"

python3 "$S/keys_make.py"
