#!/bin/sh
# Rebuilds the 12 PDFs of mix-22-a into the directory above this one.
# Needs: python3 with python-docx, reportlab, fpdf2; LibreOffice (soffice);
# ghostscript (ps2pdf); pdflatex with lmodern, babel-italian, tabularx, fancyhdr.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B=$(mktemp -d)
cd "$B"
# 1-4: Word documents converted by LibreOffice Writer
python3 "$SRC/gen_docx.py" "$B"
soffice --headless --convert-to pdf --outdir "$B" \
  deliberazione-vallesusa-lowriter.docx ordinanza-provinciatreviso-wordtemplate.docx \
  avviso-parcoaspromonte-jiride.docx determinazione-subiaco-wordtypewriter.docx >/dev/null
# 5-6: fixed-width legacy prints (PostScript spool -> ps2pdf; reportlab Courier 132 col)
python3 "$SRC/gen_fixed.py" "$B"
ps2pdf -sPAPERSIZE=a4 sanmarcoinlamis.ps deliberazione-sanmarcoinlamis-siscom.pdf
# 7: TeX
cp "$SRC/deliberazione-vinci-latex.tex" .
pdflatex -interaction=nonstopmode deliberazione-vinci-latex.tex >/dev/null
pdflatex -interaction=nonstopmode deliberazione-vinci-latex.tex >/dev/null
# 8-10: awkward text layers (glyph by glyph, Tw/Tc, Form XObjects, out-of-order, rotated stamp)
python3 "$SRC/gen_awkward.py" "$B"
# 11-12: filled form and fpdf2 letter
python3 "$SRC/gen_forms.py" "$B"
for f in deliberazione-vallesusa-lowriter ordinanza-provinciatreviso-wordtemplate \
         avviso-parcoaspromonte-jiride determinazione-subiaco-wordtypewriter \
         deliberazione-sanmarcoinlamis-siscom determinazione-cassanoallionio-datagraph \
         deliberazione-vinci-latex determinazione-piovedisacco-kibernetes \
         allegato-canelli-apkappa avviso-cabras-zuddas attestazione-randazzo-saga \
         convocazione-bassovaldarno-civilia; do
  cp "$f.pdf" "$OUT/$f.pdf"
done
rm -rf "$B"
echo "built 12 PDFs in $OUT"
