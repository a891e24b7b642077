#!/bin/sh
# Rebuilds the 12 PDFs of mix-111-a into the set folder (..). No test runs it.
set -e
S=$(cd "$(dirname "$0")" && pwd); O=$(dirname "$S")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# ReportLab (Grugliasco minute with Tw/Tc; Petralia minute glyph by glyph, XObject letterhead, rotated stamp)
python3 "$S/gen_reportlab.py" "$O"
# fpdf2 (Grugliasco certificate over underscores; Petralia determinazione with running heads)
python3 "$S/gen_fpdf.py" "$O"
# python-docx -> LibreOffice Writer
python3 "$S/gen_docx.py" "$T"
soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$O" "$T/ordinanza-grugliasco-jiride.docx" >/dev/null
# Chromium
mkdir -p "$T/chr"
for f in determinazione-grugliasco-jiride avviso-petraliasoprana-urbi; do
  chromium --headless --no-sandbox --user-data-dir="$T/chr" --no-pdf-header-footer \
    --print-to-pdf="$O/$f.pdf" "file://$S/$f.html" 2>/dev/null
done
# wkhtmltopdf
wkhtmltopdf -q -s A4 "$S/convocazione-noceraumbra-halley.html" "$O/convocazione-noceraumbra-halley.pdf"
# enscript: 80-column Courier report, two-column roll
enscript -q -B -f Courier9 -M A4 --margins=60:40:40:40 -X latin1 -o "$T/cc.ps" "$S/deliberazione-noceraumbra-halley.txt"
ps2pdf "$T/cc.ps" "$O/deliberazione-noceraumbra-halley.pdf"
# a2ps: 80-column certificate
a2ps -q -1 -B --borders=no -l 80 --medium=A4 -X latin1 -o "$T/cp.ps" "$S/certificato-petraliasoprana-urbi.txt"
ps2pdf "$T/cp.ps" "$O/certificato-petraliasoprana-urbi.pdf"
# pdfLaTeX
cp "$S/determinazione-noceraumbra-halley.tex" "$T/"
(cd "$T" && pdflatex -interaction=nonstopmode determinazione-noceraumbra-halley.tex >/dev/null && pdflatex -interaction=nonstopmode determinazione-noceraumbra-halley.tex >/dev/null)
cp "$T/determinazione-noceraumbra-halley.pdf" "$O/"
# groff (plain troff) -> PostScript -> ps2pdf
groff -Tps -Kutf8 "$S/decreto-noceraumbra-halley.tr" > "$T/dec.ps"
ps2pdf "$T/dec.ps" "$O/decreto-noceraumbra-halley.pdf"
ls -l "$O"/*.pdf
