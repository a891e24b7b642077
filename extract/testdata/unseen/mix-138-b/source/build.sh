#!/bin/sh
# Rebuild the 12 PDFs of mix-138-b into the set folder (the parent of source/).
set -e
export PYTHONDONTWRITEBYTECODE=1
S=$(cd "$(dirname "$0")" && pwd)
O=$(dirname "$S")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$S"
python3 crest.py "$T"

lo() {  # lo FILE.(docx|fodt) OUTNAME.pdf
  soffice --headless -env:UserInstallation=file://$T/lo --convert-to pdf --outdir "$T" "$1" >/dev/null 2>&1
  cp "$T/$(basename "${1%.*}").pdf" "$O/$2"
}

# Besana in Brianza (Sicraweb-like): Chromium, .docx via LibreOffice, ReportLab, fpdf2, groff
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-besanainbrianza-sicraweb-cc01.pdf" "file://$S/cc01_besana.html" 2>/dev/null
python3 cc04_besana_docx.py "$T/cc04_besana.docx" "$T"
lo "$T/cc04_besana.docx" deliberazione-besanainbrianza-sicraweb-cc04.pdf
python3 cc05_besana_rl.py "$O/deliberazione-besanainbrianza-sicraweb-cc05.pdf" "$T"
python3 gc09_besana_fpdf.py "$O/deliberazione-besanainbrianza-sicraweb-gc09.pdf" "$T"
groff -t -k -Tps -P-pa4 -dcrest="$T/crest_besana.eps" cc11_besana.tr > "$T/cc11.ps"
ps2pdf -sPAPERSIZE=a4 "$T/cc11.ps" "$O/deliberazione-besanainbrianza-sicraweb-cc11.pdf"

# Chieti (Halley-like): hand-written flat ODT via LibreOffice, Chromium, enscript, pikepdf
python3 cc02_chieti_fodt.py "$T/cc02_chieti.fodt" "$T"
lo "$T/cc02_chieti.fodt" deliberazione-chieti-halley-cc02.pdf
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$T/chr" --no-pdf-header-footer \
  --print-to-pdf="$O/deliberazione-chieti-halley-cc05.pdf" "file://$S/cc05_chieti.html" 2>/dev/null
python3 cc08_chieti_txt.py > "$T/cc08.txt"
iconv -f utf-8 -t latin1 "$T/cc08.txt" > "$T/cc08l.txt"
enscript -q -B -X latin1 -M A4 -f Courier10 -L 66 --margins=56:40:50:40 -t "Delibera C.C. n. 8 del 26/01/2029" \
  -o "$T/cc08.ps" "$T/cc08l.txt"
ps2pdf -sPAPERSIZE=a4 "$T/cc08.ps" "$O/deliberazione-chieti-halley-cc08.pdf"
python3 gc14_chieti_pikepdf.py "$O/deliberazione-chieti-halley-gc14.pdf" "$T"

# Aci Sant'Antonio (Urbi-like): ReportLab, fpdf2, .docx via LibreOffice
python3 cs02_aci_rl.py "$O/deliberazione-acisantantonio-urbi-cs02.pdf" "$T"
python3 cs05_aci_fpdf.py "$O/deliberazione-acisantantonio-urbi-cs05.pdf" "$T"
python3 cs09_aci_docx.py "$T/cs09_aci.docx" "$T"
lo "$T/cs09_aci.docx" deliberazione-acisantantonio-urbi-csg09.pdf

ls -la "$O"/*.pdf
