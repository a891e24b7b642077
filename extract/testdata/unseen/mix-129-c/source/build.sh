#!/bin/sh
# Rebuilds the 12 PDFs of mix-129-c into the set folder. Temporary files in a mktemp dir.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
T=$(mktemp -d)
cd "$SRC"
python3 rl_docs.py "$T"        # Venetico 41 (Tw/Tc), Venetico 18 (glyphs alone), Elmas 14 (Form XObjects, stamp)
python3 html_docs.py "$T"      # Venetico 44, 21 as HTML
python3 fpdf_docs.py "$T"      # Bedizzole 78, 25
python3 docx_doc.py "$T"       # Bedizzole 83 .docx
python3 latex_doc.py "$T"      # Bedizzole 22 .tex
python3 mono.py "$T"           # Elmas 56 (enscript), 60 (groff), 17 (a2ps)
cd "$T"
UD=$(mktemp -d)
chromium --headless --no-sandbox --user-data-dir="$UD" --no-pdf-header-footer \
  --print-to-pdf=giunta-venetico-urbi-44.pdf giunta-venetico-urbi-44.html 2>/dev/null
rm -rf "$UD"
wkhtmltopdf -q -s A4 --zoom 1.2 -T 15 -B 15 consiglio-venetico-urbi-21.html consiglio-venetico-urbi-21.pdf
LO=$(mktemp -d)
soffice --headless -env:UserInstallation=file://$LO --convert-to pdf giunta-bedizzole-sicraweb-83.docx >/dev/null 2>&1
rm -rf "$LO"
pdflatex -interaction=batchmode consiglio-bedizzole-sicraweb-22.tex >/dev/null
pdflatex -interaction=batchmode consiglio-bedizzole-sicraweb-22.tex >/dev/null
enscript -q -B -f Courier9 -X latin1 --margins=54:40:40:40 -p e.ps giunta-elmas-halley-56.txt
ps2pdf -sPAPERSIZE=a4 e.ps giunta-elmas-halley-56.pdf
groff -Tps -P-pa4 giunta-elmas-halley-60.tr > g.ps
ps2pdf -sPAPERSIZE=a4 g.ps giunta-elmas-halley-60.pdf
a2ps -q -1 -R --no-header --borders=no -B -l 82 --medium=A4 -X latin1 -o a.ps consiglio-elmas-halley-17.txt
ps2pdf -sPAPERSIZE=a4 a.ps consiglio-elmas-halley-17.pdf
cp giunta-venetico-urbi-41.pdf giunta-venetico-urbi-44.pdf consiglio-venetico-urbi-18.pdf consiglio-venetico-urbi-21.pdf \
   giunta-bedizzole-sicraweb-78.pdf giunta-bedizzole-sicraweb-83.pdf consiglio-bedizzole-sicraweb-22.pdf consiglio-bedizzole-sicraweb-25.pdf \
   giunta-elmas-halley-56.pdf giunta-elmas-halley-60.pdf consiglio-elmas-halley-14.pdf consiglio-elmas-halley-17.pdf "$SET/"
cd / && rm -rf "$T"
ls -la "$SET"/*.pdf
