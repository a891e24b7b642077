#!/bin/sh
# Rebuilds the 12 PDFs of this set into the parent directory, then keys.json.
# Needs: python3 (reportlab, python-docx, openpyxl, Pillow), pdflatex with
# lmodern, LibreOffice (soffice), Chromium, poppler-utils (for the check).
set -e
S=$(cd "$(dirname "$0")" && pwd)
O=$(cd "$S/.." && pwd)
T=$(mktemp -d)

# reportlab: legacy fixed-width reports and awkward text layers
python3 "$S/d03_montorio.py"  "$O/delibera-montorioneifrentani-halley.pdf"
python3 "$S/d08_teglio.py"    "$O/determina-teglio-saga.pdf"
python3 "$S/d07_brusson.py"   "$O/determina-brusson-datagraph.pdf"
python3 "$S/d11_bompietro.py" "$O/convocazione-bompietro-halley.pdf"

# pdflatex
pdflatex -interaction=nonstopmode -output-directory="$T" "$S/d02_lusevera.tex" >/dev/null
cp "$T/d02_lusevera.pdf" "$O/delibera-lusevera-latex.pdf"

# Word documents (python-docx) and a spreadsheet (openpyxl) via LibreOffice
python3 "$S/d01_valvenosta.py"           "$T/delibera-valvenosta-writer.docx"
python3 "$S/d05_parcocastelliromani.py"  "$T/avviso-parcocastelliromani-word.docx"
python3 "$S/d09_zeri.py"                 "$T/certificato-zeri-word.docx"
python3 "$S/d10_mombaroccio.py"          "$T/Allegato_A_DGC_29_2026.xlsx"
cd "$T"
# Italian locale profile, so that Calc prints 65.320,00 and not 65,320.00
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 soffice -env:UserInstallation=file://$T/profile --headless --convert-to pdf \
    delibera-valvenosta-writer.docx avviso-parcocastelliromani-word.docx certificato-zeri-word.docx \
    Allegato_A_DGC_29_2026.xlsx >/dev/null
cp delibera-valvenosta-writer.pdf avviso-parcocastelliromani-word.pdf certificato-zeri-word.pdf "$O/"
cp Allegato_A_DGC_29_2026.pdf "$O/allegato-mombaroccio-calc.pdf"

# Chromium
"$S/chrome.sh" "$S/d04_provinciacomo.html" "$O/decreto-provinciacomo-sicraweb.pdf"
"$S/chrome.sh" "$S/d06_asppalermo.html"    "$O/determina-asppalermo-jiride.pdf"
python3 "$S/d12_laterza_logo.py" "$T/laterza_intestazione.png"
cp "$S/d12_laterza.html" "$T/"
"$S/chrome.sh" "$T/d12_laterza.html"       "$O/avviso-laterza-studiok.pdf"

python3 "$S/keys.py"
python3 "$S/check_keys.py"
rm -rf "$T"
