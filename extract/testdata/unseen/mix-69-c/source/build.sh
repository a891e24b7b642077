#!/bin/sh
# Rebuilds the 12 PDFs of set mix-69-c into the parent directory (OUTDIR).
# Needs: python3 (reportlab, fpdf2, python-docx, openpyxl), libreoffice, chromium, wkhtmltopdf, qpdf, poppler-utils
# (pdfunite), ghostscript 10 (ps2pdf, PDF/A), enscript, groff (gropdf, tbl), pdflatex (mathptmx, pdflscape, booktabs).
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); T=$(mktemp -d /tmp/mix69c-build.XXXXXX)
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
CHR="chromium --headless --no-sandbox --disable-gpu --user-data-dir=$T/chromium --no-pdf-header-footer"
export LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8   # Calc prints 1.234,56
# 1 Faeto: act (HTML as a Writer document) + Allegato A (Calc) + certificate of publication (reportlab), merged by qpdf
$LO --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$SRC/d01_faeto.html" --outdir "$T" >/dev/null
python3 "$SRC/d01_faeto_allegato.py" "$T/d01_allegato.xlsx"
$LO --convert-to pdf "$T/d01_allegato.xlsx" --outdir "$T" >/dev/null
python3 "$SRC/d01_faeto_cert.py" "$T/d01_cert.pdf"
qpdf --empty --pages "$T/d01_faeto.pdf" "$T/d01_allegato.pdf" "$T/d01_cert.pdf" -- "$OUT/deliberazione-faeto-qpdf.pdf"
# 2 Maenza: protocol "segnatura" cover sheet + determinazione (fpdf2)
python3 "$SRC/d02_maenza.py" "$OUT/determinazione-maenza-segnatura.pdf"
# 3 Montegabbione: Albo frontespizio (reportlab) + decreto (Chromium), joined by pdfunite
python3 "$SRC/d03_montegabbione_front.py" "$T/d03_front.pdf"
$CHR --print-to-pdf="$T/d03_act.pdf" "$SRC/d03_montegabbione.html" 2>/dev/null
pdfunite "$T/d03_front.pdf" "$T/d03_act.pdf" "$OUT/decreto-montegabbione-frontespizio.pdf"
# 4 Enemonzo: python-docx -> LibreOffice -> Ghostscript PDF/A-2b
python3 "$SRC/d04_enemonzo.py" "$T/d04.docx"
$LO --convert-to pdf "$T/d04.docx" --outdir "$T" >/dev/null
GSLIB=$(dirname "$(ls /usr/share/ghostscript/*/lib/PDFA_def.ps | head -1)")
sed -e "s|(srgb.icc)|($GSLIB/../iccprofiles/srgb.icc)|" -e 's|/Title (Title)|/Title (Deliberazione del Consiglio comunale n. 12 del 07/05/2026)|' "$GSLIB/PDFA_def.ps" > "$T/pdfa_def.ps"
gs -q -dPDFA=2 -dBATCH -dNOPAUSE -dNOOUTERSAVE -sColorConversionStrategy=RGB -dPDFACompatibilityPolicy=1 -sDEVICE=pdfwrite \
   -o "$OUT/deliberazione-enemonzo-pdfa.pdf" "$T/pdfa_def.ps" "$T/d04.pdf" 2>/dev/null
# 5 Terragnolo: hand-written PostScript (generated) -> ps2pdf
python3 "$SRC/d05_terragnolo.py" "$T/d05.ps"
ps2pdf -sPAPERSIZE=a4 "$T/d05.ps" "$OUT/avviso-terragnolo-postscript.pdf"
# 6 Sternatia: signed-document print with the signature appearance page (reportlab)
python3 "$SRC/d06_sternatia.py" "$OUT/determinazione-sternatia-firmato.pdf"
# 7 Collepardo: pdfLaTeX, landscape table page (/Rotate 90)
cp "$SRC/d07_collepardo.tex" "$T/d07.tex"
(cd "$T" && pdflatex -interaction=nonstopmode d07.tex >/dev/null && pdflatex -interaction=nonstopmode d07.tex >/dev/null)
mv "$T/d07.pdf" "$OUT/determinazione-collepardo-latex.pdf"
# 8 Calvi dell'Umbria: two columns drawn right before left (reportlab)
python3 "$SRC/d08_calvi.py" "$OUT/ordinanza-calvidellumbria-reportlab.pdf"
# 9 Besenello: groff -ms + tbl (gropdf)
groff -k -ms -t -Tpdf -P-pa4 "$SRC/d09_besenello.ms" > "$OUT/deliberazione-besenello-groff.pdf"
# 10 Capriva del Friuli: 80-column report, enscript -> PostScript -> ps2pdf
enscript -q -f Courier10 -M A4 --margins=54:40:30:30 -X latin1 --header='Comune di Capriva del Friuli|Det. n. 58/2026 R.G.|Pag. $% di $=' -o "$T/d10.ps" "$SRC/d10_capriva.txt"
ps2pdf -sPAPERSIZE=a4 "$T/d10.ps" "$OUT/determinazione-caprivadelfriuli-enscript.pdf"
# 11 Vallepietra: wkhtmltopdf
wkhtmltopdf -q --zoom 1.25 -s A4 -T 15mm -B 15mm -L 17mm -R 17mm "$SRC/d11_vallepietra.html" "$OUT/avviso-vallepietra-wkhtml.pdf" 2>/dev/null
# 12 Monteparano: python-docx -> LibreOffice
python3 "$SRC/d12_monteparano.py" "$T/decreto-monteparano-word.docx"
$LO --convert-to pdf "$T/decreto-monteparano-word.docx" --outdir "$OUT" >/dev/null
rm -rf "$T"
