#!/bin/sh
# Rebuilds the 12 PDFs of mix-129-b into the set folder.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d)
cd "$SRC"
python3 gen_html.py "$T"; python3 gen_rl.py "$OUT"; python3 gen_forms.py "$OUT"; python3 gen_fpdf.py "$OUT"; python3 gen_txt.py "$T"
P=$(mktemp -d)
for f in lavoripubblici sociale; do
  chromium --headless --no-sandbox --user-data-dir="$P" --no-pdf-header-footer --print-to-pdf="$OUT/determinazione-vigodarzere-civilianext-$f.pdf" "file://$T/determinazione-vigodarzere-civilianext-$f.html" 2>/dev/null
done
wkhtmltopdf -q -s A4 --encoding utf-8 "$T/determinazione-vigodarzere-civilianext-tributi.html" "$OUT/determinazione-vigodarzere-civilianext-tributi.pdf"
python3 gen_docx.py "$T"
soffice --headless -env:UserInstallation=file:///tmp/lo-mix-129-b --convert-to pdf --outdir "$T" "$T/determinazione-vigodarzere-civilianext-segreteria.docx" >/dev/null 2>&1
cp "$T/determinazione-vigodarzere-civilianext-segreteria.pdf" "$OUT/"
B=determinazione-scafa-sisweb
enscript -q -B -X latin1 -f Courier10 --margins=42:30:30:30 -o "$T/e.ps" "$T/$B-urbanistica.txt"; ps2pdf "$T/e.ps" "$OUT/$B-urbanistica.pdf"
python3 - "$T/$B-personale.txt" "$T/g.tr" <<'PY'
import sys
lines = open(sys.argv[1], encoding="latin-1").read().rstrip("\n").split("\n")
o = [".pl 29.7c", ".po 1.6c", ".ll 18.5c", ".ft CR", ".ps 10", ".vs 12p", ".nf"]
for l in lines:
    for i, part in enumerate(l.split("\f")):
        if i: o.append(".bp")
        part = part.replace("\\", "\\e")
        o.append("\\&" + part if part else "")
open(sys.argv[2], "w", encoding="latin-1").write("\n".join(o) + "\n")
PY
groff -Tps -K latin1 "$T/g.tr" > "$T/g.ps" 2>/dev/null || groff -Tps "$T/g.tr" > "$T/g.ps"; ps2pdf "$T/g.ps" "$OUT/$B-personale.pdf"
a2ps -q -1 -B --borders=no --chars-per-line=84 -X latin1 -o "$T/a.ps" "$T/$B-finanziario.txt"; ps2pdf "$T/a.ps" "$OUT/$B-finanziario.pdf"
python3 - "$T/$B-lavoripubblici.txt" "$T/l.tex" <<'PY'
import sys
pages = open(sys.argv[1], encoding="latin-1").read().rstrip("\n").split("\f")
o = [r"\documentclass[10pt,a4paper]{article}", r"\usepackage[T1]{fontenc}", r"\usepackage[latin1]{inputenc}",
     r"\usepackage[margin=16mm]{geometry}", r"\usepackage{courier}", r"\pagestyle{empty}", r"\begin{document}", r"\small"]
for i, p in enumerate(pages):
    if i: o.append(r"\newpage")
    o += [r"\begin{verbatim}", p, r"\end{verbatim}"]
o.append(r"\end{document}")
open(sys.argv[2], "w", encoding="latin-1").write("\n".join(o) + "\n")
PY
(cd "$T" && pdflatex -interaction=batchmode l.tex >/dev/null); cp "$T/l.pdf" "$OUT/$B-lavoripubblici.pdf"
rm -rf "$T" "$P"
