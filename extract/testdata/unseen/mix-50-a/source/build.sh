#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory.
# Needs: python3 with reportlab, fpdf2, python-docx, openpyxl; LibreOffice (soffice); chromium; pdflatex (lmodern, microtype).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); TMP=$(mktemp -d)
cd "$SRC"
python3 d01_tesimo.py        "$OUT/delibera-tesimo-gvcc.pdf"
python3 d02_sanleonardo.py   "$OUT/delibera-sanleonardo-insiel.pdf"
python3 d03_valdigne.py      "$TMP/delibera-valdignemontblanc-word.docx"
python3 d04_besozzo.py       "$OUT/determina-besozzo-datagraph.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
         --print-to-pdf="$OUT/determina-altovaldarno-jiride.pdf" "$SRC/d05_altovaldarno.html"
cp d06_serradeconti.tex "$TMP/" && (cd "$TMP" && pdflatex -interaction=nonstopmode d06_serradeconti.tex >/dev/null && pdflatex -interaction=nonstopmode d06_serradeconti.tex >/dev/null)
cp "$TMP/d06_serradeconti.pdf" "$OUT/determina-serradeconti-tex.pdf"
python3 d07_mascali.py       "$OUT/ordinanza-mascali-sicraweb.pdf"
python3 d08_gransasso.py     "$TMP/avviso-gransasso-writer.fodt"
python3 d09_montecilfone.py  "$OUT/attestazione-montecilfone-studiok.pdf"
python3 d10_ceprano.py       "$TMP/Allegato_A_riparto_ASD_2026.xlsx"
python3 d11_casarza.py       "$TMP/convocazione-casarzaligure-word.docx"
python3 d12_capitanata.py    "$OUT/avviso-capitanata-kibernetes.pdf"
cd "$TMP"
soffice --headless --convert-to pdf --outdir "$TMP" delibera-valdignemontblanc-word.docx avviso-gransasso-writer.fodt \
        Allegato_A_riparto_ASD_2026.xlsx convocazione-casarzaligure-word.docx >/dev/null 2>&1
cp delibera-valdignemontblanc-word.pdf avviso-gransasso-writer.pdf convocazione-casarzaligure-word.pdf "$OUT/"
cp Allegato_A_riparto_ASD_2026.pdf "$OUT/allegato-ceprano-excel.pdf"
rm -rf "$TMP"
