#!/bin/sh
# Rebuilds the 12 PDFs of mix-53-a into the directory above source/.
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl, Pillow), enscript,
# ghostscript (ps2pdf), LibreOffice (soffice), chromium, pdflatex (lmodern,
# microtype, fancyhdr, enumitem).
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
WORK="$OUT/_work"
mkdir -p "$WORK"
cd "$OUT"

lo() {  # $1 = .docx/.xlsx in $WORK; Italian locale for number formats
  ( cd "$WORK" && LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8 timeout 180 \
      soffice --headless -env:UserInstallation=file://$WORK/lo --convert-to pdf "$1" >/dev/null 2>&1 )
}

# reportlab (canvas / platypus)
python3 "$SRC/scena_gvcc.py"        deliberazione-scena-gvcc.pdf
python3 "$SRC/torreano_insiel.py"   determina-torreano-insiel.pdf
python3 "$SRC/vaglio_hypersic.py"   ordinanza-vaglio-hypersic.pdf
python3 "$SRC/valdinon_pitre.py"    avviso-comunitavaldinon-pitre.pdf

# fpdf2
python3 "$SRC/bonificanordsardegna_jiride.py" determina-bonificanordsardegna-jiride.pdf

# fixed-width 132-column report: enscript (Courier 8, landscape) + ghostscript
python3 "$SRC/cinquefrondi_datagraph.py" "$WORK/cinquefrondi.txt"
enscript -B -r -f Courier8 --margins=36:36:30:30 -X latin1 -t "STAMPA DETERMINE" \
  -p "$WORK/cinquefrondi.ps" "$WORK/cinquefrondi.txt"
ps2pdf -sPAPERSIZE=a4 "$WORK/cinquefrondi.ps" determina-cinquefrondi-datagraph.pdf

# python-docx / openpyxl -> LibreOffice Writer / Calc
python3 "$SRC/arnad_libreoffice.py" "$WORK/delibera_cc_12_2026.docx"
lo delibera_cc_12_2026.docx
cp "$WORK/delibera_cc_12_2026.pdf" deliberazione-arnad-libreoffice.pdf
python3 "$SRC/valdenza_word.py" "$WORK/DG_21_2026.docx"
lo DG_21_2026.docx
cp "$WORK/DG_21_2026.pdf" deliberazione-unionevaldenza-word.pdf
python3 "$SRC/alviano_word.py" "$WORK/cert_pubbl_GC18.docx"
lo cert_pubbl_GC18.docx
cp "$WORK/cert_pubbl_GC18.pdf" certificato-alviano-word.pdf
python3 "$SRC/saonara_calc.py" "$WORK/contributi_associazioni_2026.xlsx"
lo contributi_associazioni_2026.xlsx
cp "$WORK/contributi_associazioni_2026.pdf" allegato-saonara-calc.pdf

# Chromium (HTML printed to PDF)
timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$WORK/chr" \
  --no-pdf-header-footer --print-to-pdf="$OUT/avviso-parcocampiflegrei-chromium.pdf" \
  "$SRC/parcocampiflegrei_chromium.html" 2>/dev/null

# pdfLaTeX
cp "$SRC/vinovo_latex.tex" "$WORK/"
( cd "$WORK" && pdflatex -interaction=nonstopmode vinovo_latex.tex >/dev/null )
cp "$WORK/vinovo_latex.pdf" convocazione-vinovo-latex.pdf

rm -rf "$WORK"
ls -1 "$OUT"/*.pdf
